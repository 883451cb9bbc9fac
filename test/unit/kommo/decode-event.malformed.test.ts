import { decodeEvent } from '../../../src/kommo/events/decode-event';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
} from '../../../src/schema/events/change-events.type';
import { CustomFieldEventValue } from '../../../src/schema/events/event-values.type';
import type { KommoEvent } from '../../../src/schema/events/kommo-event.interface';
import {
  ChatMessageEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  TransactionEvent,
} from '../../../src/schema/events/plain-events.type';
import {
  TaskDeadlineChangedEvent,
  TaskTextChangedEvent,
  TaskTypeChangedEvent,
} from '../../../src/schema/events/task-events.type';
import { ENVELOPE, decoded, rawEvent } from './event-fixtures';

type Case = [name: string, type: string, before: unknown, after: unknown, expected: KommoEvent];

function degraded<T extends KommoEvent>(
  name: string,
  type: string,
  before: unknown,
  after: unknown,
  cls: new () => T,
  fields: Partial<T>,
): Case {
  return [name, type, before, after, decoded(cls, type, { before, after }, fields)];
}

const NO_NOTE = { noteId: null };

describe('decodeEvent: payloads without the documented shape degrade, never fail', () => {
  it.each<Case>([
    degraded('value_after null', 'common_note_added', [], null, NoteEvent, NO_NOTE),
    degraded('both arrays missing', 'incoming_call', undefined, undefined, NoteEvent, NO_NOTE),
    degraded('empty arrays', 'outgoing_sms', [], [], NoteEvent, NO_NOTE),
    degraded('an element without the key', 'geo_note_added', [], [{}], NoteEvent, NO_NOTE),
    degraded('the key with another payload', 'site_visit_note_added', [], [{ nps: { rate: 3 } }], NoteEvent, NO_NOTE),
    degraded('nested null', 'common_note_added', [], [{ note: null }], NoteEvent, NO_NOTE),
    degraded('non-objects in the array', 'common_note_added', [], [1, 'note', null, ['note']], NoteEvent, NO_NOTE),
    degraded('an object instead of an array', 'common_note_added', [], { note: { id: 1 } }, NoteEvent, NO_NOTE),
    degraded('a string note id', 'common_note_added', [], [{ note: { id: 'abc' } }], NoteEvent, NO_NOTE),
    degraded('a fractional note id', 'common_note_added', [], [{ note: { id: 7.5 } }], NoteEvent, NO_NOTE),
    degraded('a negative note id', 'common_note_added', [], [{ note: { id: -3 } }], NoteEvent, NO_NOTE),
    degraded(
      'task text not a string',
      'task_text_changed',
      [{ task: { text: 42 } }],
      [{ task: null }],
      TaskTextChangedEvent,
      { textBefore: null, textAfter: null },
    ),
    degraded(
      'deadline not a timestamp',
      'task_deadline_changed',
      [{ task_deadline: { timestamp: 'tomorrow' } }],
      [{ task_deadline: { timestamp: 999_999_999_999_999 } }],
      TaskDeadlineChangedEvent,
      { deadlineBefore: null, deadlineAfter: null },
    ),
    degraded(
      'task type id a word',
      'task_type_changed',
      [{ task_type: { id: 'call' } }],
      [{ task_type: {} }],
      TaskTypeChangedEvent,
      { taskTypeIdBefore: null, taskTypeIdAfter: null },
    ),
    degraded(
      'status without its pipeline',
      'lead_status_changed',
      [{ lead_status: { id: 5233224 } }],
      [{ lead_status: { id: 'won', pipeline_id: 437642 } }],
      LeadStatusChangedEvent,
      { statusRefBefore: null, statusRefAfter: null },
    ),
    degraded(
      'responsible id a word',
      'entity_responsible_changed',
      [{ responsible_user: { id: 'admin' } }],
      [{ responsible_user: null }],
      ResponsibleChangedEvent,
      { responsibleIdBefore: null, responsibleIdAfter: null },
    ),
    degraded(
      'tags without names',
      'entity_tag_added',
      [{ tag: { name: 7 } }],
      [{ tag: {} }, 'vip', { tag: { name: 'ok' } }],
      TagsChangedEvent,
      { tagsBefore: [], tagsAfter: ['ok'] },
    ),
    degraded(
      'links of unknown entities or ids',
      'entity_linked',
      null,
      [
        { link: { entity: { type: 'catalog_element', id: 5 } } },
        { link: { entity: { type: 'lead', id: 'x' } } },
        { link: { entity: null } },
        { link: 'lead' },
      ],
      LinkEvent,
      { linked: [], unlinked: [] },
    ),
    degraded(
      'custom field values of the wrong types',
      'custom_field_value_changed',
      [],
      [
        { custom_field_value: { field_id: 'email', field_type: '8', enum_id: 'work', text: 5 } },
        { custom_field_value: null },
      ],
      CustomFieldValueChangedEvent,
      {
        fieldId: null,
        valuesBefore: [],
        valuesAfter: [Object.assign(new CustomFieldEventValue(), { fieldType: 8, enumId: null, text: null })],
      },
    ),
    degraded('custom field cleared with null', 'custom_field_value_changed', null, null, CustomFieldValueChangedEvent, {
      fieldId: null,
      valuesBefore: [],
      valuesAfter: [],
    }),
    degraded(
      'per-field key with nothing in it',
      'custom_field_777_value_changed',
      [],
      null,
      CustomFieldValueChangedEvent,
      { fieldId: '777', valuesBefore: [], valuesAfter: [] },
    ),
    degraded(
      'sale as a string',
      'sale_field_changed',
      [{ sale_field_value: { sale: '1500' } }],
      [{ sale_field_value: null }],
      SaleChangedEvent,
      { saleBefore: null, saleAfter: null },
    ),
    degraded(
      'name not a string',
      'name_field_changed',
      [{ name_field_value: { name: null } }],
      [{ name_field_value: { name: ['x'] } }],
      NameChangedEvent,
      { nameBefore: null, nameAfter: null },
    ),
    degraded('nps rate a word', 'nps_rate_added', [], [{ nps: { rate: 'seven' } }], NpsRatedEvent, { rate: null }),
    degraded(
      'message id an object',
      'incoming_chat_message',
      [],
      [{ message: { id: {}, talk_id: 'x' } }],
      ChatMessageEvent,
      { messageId: null, talkId: null },
    ),
    degraded('helpbot without id', 'robot_replied', [], [{ helpbot: { text: 'hi' } }], HelpbotEvent, {
      helpbotId: null,
    }),
    degraded('transaction id a word', 'transaction_added', [], [{ transaction: { id: 'tx' } }], TransactionEvent, {
      transactionId: null,
    }),
  ])('%s (%s)', (_name, type, before, after, expected) => {
    expect(decodeEvent(rawEvent(type, before, after))).toStrictEqual(expected);
  });

  it('tolerates ids sent as numeric strings', () => {
    const event = decodeEvent(rawEvent('common_note_added', [], [{ note: { id: '7422564' } }]));

    expect(event).toStrictEqual(
      decoded(
        NoteEvent,
        'common_note_added',
        { before: [], after: [{ note: { id: '7422564' } }] },
        { noteId: '7422564' },
      ),
    );
  });
});

describe('decodeEvent: the envelope', () => {
  const note = [{ note: { id: 1 } }];
  const without = (key: string): Record<string, unknown> => {
    const { [key]: _dropped, ...rest } = rawEvent('common_note_added', [], note);
    return rest;
  };

  it.each(['id', 'type', 'entity_type', 'entity_id', 'created_at'])('is unusable without %s', (key) => {
    expect(decodeEvent(without(key))).toBeUndefined();
  });

  it.each<[string, string, unknown]>([
    ['id', 'id', null],
    ['blank id', 'id', ''],
    ['type', 'type', 42],
    ['entity_type', 'entity_type', 'catalog_element'],
    ['entity_id', 'entity_id', 1.5],
    ['created_at zero', 'created_at', 0],
    ['created_at text', 'created_at', 'yesterday'],
    ['created_at beyond Date', 'created_at', 999_999_999_999_999],
  ])('is unusable with a bad %s', (_name, key, value) => {
    expect(decodeEvent({ ...rawEvent('common_note_added', [], note), [key]: value })).toBeUndefined();
  });

  it.each([null, undefined, 'event', 42, [ENVELOPE]])('is unusable when the row is %p', (row) => {
    expect(decodeEvent(row)).toBeUndefined();
  });

  it.each<[string, KommoEntityType]>([
    ['lead', KommoEntityType.LEAD],
    ['leads', KommoEntityType.LEAD],
    ['contact', KommoEntityType.CONTACT],
    ['contacts', KommoEntityType.CONTACT],
    ['company', KommoEntityType.COMPANY],
    ['companies', KommoEntityType.COMPANY],
    ['customer', KommoEntityType.CUSTOMER],
    ['customers', KommoEntityType.CUSTOMER],
    ['task', KommoEntityType.TASK],
    ['tasks', KommoEntityType.TASK],
  ])('reads entity_type %s', (entityType, expected) => {
    expect(decodeEvent({ ...rawEvent('task_added', [], []), entity_type: entityType })?.entityType).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['null', null],
    ['not a number', 'robot'],
  ])('treats created_by %s as the robot (0)', (_name, createdBy) => {
    const row = rawEvent('task_added', [], []);
    if (createdBy === undefined) delete row['created_by'];
    else row['created_by'] = createdBy;

    expect(decodeEvent(row)?.createdById).toBe(0);
  });

  it('turns numeric event and entity ids into strings', () => {
    const event = decodeEvent({ ...rawEvent('lead_deleted', [], []), id: 12345, entity_id: '6232965' });

    expect(event).toMatchObject({ id: '12345', entityId: '6232965' });
  });
});
