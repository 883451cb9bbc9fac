import { mapRows } from '../../../src/lib/map-rows';
import {
  mapCustomFieldDefinition,
  mapNote,
  mapPipeline,
  mapStatus,
  mapTaskType,
  mapUser,
} from '../../../src/kommo/kommo.reference-mappers';
import { CustomFieldDefinition, CustomFieldEnum } from '../../../src/schema/custom-fields/custom-field-definition.type';
import { Note } from '../../../src/schema/notes/note.type';
import { PipelineStatus } from '../../../src/schema/pipelines/pipeline-status.type';
import { Pipeline } from '../../../src/schema/pipelines/pipeline.type';
import { TaskType } from '../../../src/schema/tasks/task-type.type';
import { User } from '../../../src/schema/users/user.type';

const LINKS = { self: { href: 'https://acme.kommo.com/api/v4/leads/pipelines/3177727' } };
const status = (fields: Partial<PipelineStatus>): PipelineStatus => Object.assign(new PipelineStatus(), fields);

describe('mapPipeline', () => {
  it('maps a pipeline with its statuses (reference §4.10)', () => {
    const raw = {
      id: 3177727,
      name: 'Sales',
      sort: 1,
      is_main: true,
      is_unsorted_on: true,
      is_archive: false,
      account_id: 28805383,
      _links: LINKS,
      _embedded: {
        statuses: [
          {
            id: 58141803,
            name: 'Incoming leads',
            sort: 10,
            is_editable: false,
            pipeline_id: 3177727,
            color: '#c1c1c1',
            type: 1,
            account_id: 28805383,
          },
          {
            id: 142,
            name: 'Closed - won',
            sort: 10000,
            is_editable: false,
            pipeline_id: 3177727,
            color: '#CCFF66',
            type: 0,
          },
          {
            id: 143,
            name: 'Closed - lost',
            sort: 11000,
            is_editable: false,
            pipeline_id: 3177727,
            color: '#D5D8DB',
            type: 0,
          },
        ],
      },
    };

    expect(mapPipeline(raw)).toStrictEqual(
      Object.assign(new Pipeline(), {
        id: '3177727',
        name: 'Sales',
        sort: 1,
        isMain: true,
        isArchive: false,
        statuses: [
          status({ id: '58141803', name: 'Incoming leads', color: '#c1c1c1', sort: 10, pipelineId: '3177727' }),
          status({ id: '142', name: 'Closed - won', color: '#CCFF66', sort: 10000, pipelineId: '3177727' }),
          status({ id: '143', name: 'Closed - lost', color: '#D5D8DB', sort: 11000, pipelineId: '3177727' }),
        ],
      }),
    );
  });

  it('keeps what it can of a malformed pipeline', () => {
    const raw = {
      id: '77',
      is_main: 'yes',
      _embedded: { statuses: [null, { name: 'no id' }, { id: 5, sort: '1st' }] },
    };

    expect(mapPipeline(raw)).toStrictEqual(
      Object.assign(new Pipeline(), {
        id: '77',
        name: '',
        sort: 0,
        isMain: false,
        isArchive: false,
        statuses: [status({ id: '5', name: '', color: null, sort: 0, pipelineId: '77' })],
      }),
    );
  });

  it('maps a pipeline without _embedded to no statuses', () => {
    expect(mapPipeline({ id: 1, name: 'Empty', _embedded: null })?.statuses).toEqual([]);
  });
});

describe('mapStatus', () => {
  it('takes the pipeline id from the row, else from the caller', () => {
    expect(mapStatus({ id: 142, name: 'Won', pipeline_id: 9 }, '1')?.pipelineId).toBe('9');
    expect(mapStatus({ id: 142, name: 'Won' }, '1')?.pipelineId).toBe('1');
  });
});

describe('reference rows', () => {
  it('maps a user (reference §4.9)', () => {
    const raw = {
      id: 504141,
      name: 'Frodo Baggins',
      email: 'frodo@shire.me',
      lang: 'en',
      rights: { is_admin: true, is_active: true },
    };

    expect(mapUser(raw)).toStrictEqual(
      Object.assign(new User(), { id: '504141', name: 'Frodo Baggins', email: 'frodo@shire.me' }),
    );
    expect(mapUser({ id: 7, name: null })).toStrictEqual(Object.assign(new User(), { id: '7', name: '', email: null }));
  });

  it('maps task types (reference §4.5)', () => {
    expect(
      mapRows(
        [
          { id: 1, name: 'Follow-up', color: null, icon_id: null, code: 'FOLLOW_UP' },
          { id: 2, name: 'Meeting', color: null, icon_id: null, code: 'MEETING' },
          { id: 3187, name: 'Send proposal', color: '#ff0000', icon_id: 4 },
        ],
        mapTaskType,
      ),
    ).toStrictEqual([
      Object.assign(new TaskType(), { id: '1', name: 'Follow-up', code: 'FOLLOW_UP' }),
      Object.assign(new TaskType(), { id: '2', name: 'Meeting', code: 'MEETING' }),
      Object.assign(new TaskType(), { id: '3187', name: 'Send proposal', code: null }),
    ]);
  });

  it('maps a common note and a call note (reference §4.6)', () => {
    const common = {
      id: 42,
      entity_id: 167353,
      created_by: 504141,
      updated_by: 504141,
      created_at: 1588841241,
      updated_at: 1588841241,
      responsible_user_id: 504141,
      group_id: 0,
      note_type: 'common',
      params: { text: 'Call back on Monday' },
      account_id: 28805383,
    };
    const callParams = {
      uniq: '8f52d38a',
      duration: 60,
      source: 'onlinePBX',
      link: 'https://pbx/rec.mp3',
      phone: '+15551234567',
    };

    expect(mapNote(common)).toStrictEqual(
      Object.assign(new Note(), {
        id: '42',
        noteType: 'common',
        text: 'Call back on Monday',
        params: { text: 'Call back on Monday' },
        createdAt: new Date('2020-05-07T08:47:21.000Z'),
        createdById: 504141,
      }),
    );
    expect(mapNote({ id: 43, note_type: 'call_in', params: callParams, created_by: 0 })).toStrictEqual(
      Object.assign(new Note(), {
        id: '43',
        noteType: 'call_in',
        text: null,
        params: callParams,
        createdAt: null,
        createdById: 0,
      }),
    );
    expect(mapNote({ id: 44, note_type: 'common', params: null })).toMatchObject({ text: null, params: {} });
  });

  it('maps custom-field definitions with their enums (reference §4.11)', () => {
    const phone = {
      id: 178382,
      name: 'Phone',
      type: 'multitext',
      code: 'PHONE',
      sort: 4,
      entity_type: 'contacts',
      is_api_only: false,
      enums: [
        { id: 126290, value: 'WORK', sort: 2 },
        { id: 126292, value: 'MOB', sort: 6, code: 'MOB' },
        { value: 'no id' },
      ],
    };

    expect(mapCustomFieldDefinition(phone)).toStrictEqual(
      Object.assign(new CustomFieldDefinition(), {
        id: '178382',
        name: 'Phone',
        code: 'PHONE',
        type: 'multitext',
        enums: [
          Object.assign(new CustomFieldEnum(), { id: '126290', value: 'WORK', sort: 2, code: null }),
          Object.assign(new CustomFieldEnum(), { id: '126292', value: 'MOB', sort: 6, code: 'MOB' }),
        ],
      }),
    );
    expect(mapCustomFieldDefinition({ id: 5, name: 'Budget', type: 'numeric', code: null, enums: null })).toStrictEqual(
      Object.assign(new CustomFieldDefinition(), { id: '5', name: 'Budget', code: null, type: 'numeric', enums: [] }),
    );
    expect(mapCustomFieldDefinition({ id: 6 })).toMatchObject({ name: '', type: 'unknown', enums: [] });
  });

  it.each<[string, (raw: unknown) => unknown]>([
    ['mapUser', mapUser],
    ['mapPipeline', mapPipeline],
    ['mapTaskType', mapTaskType],
    ['mapNote', mapNote],
    ['mapCustomFieldDefinition', mapCustomFieldDefinition],
  ])('%s rejects rows without an id', (_name, mapper) => {
    expect([null, [], 'row', { name: 'x' }, { id: '' }, { id: 1.5 }].map(mapper)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('rejects a note without note_type, and mapRows drops rejected rows', () => {
    expect(mapNote({ id: 1, params: {} })).toBeUndefined();
    expect(mapRows([{ id: 1, name: 'A' }, null, { name: 'B' }], mapUser).map((user) => user.id)).toEqual(['1']);
  });
});
