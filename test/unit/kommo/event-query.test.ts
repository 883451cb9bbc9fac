import { buildEventQuery } from '../../../src/kommo/events/event-query';
import type { QueryPairs } from '../../../src/kommo/kommo.client';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import type { EventFilter } from '../../../src/schema/events/event-filter.input';
import { EventType } from '../../../src/schema/events/event-type.enum';

const PAGING: QueryPairs = [
  ['page', '1'],
  ['limit', '50'],
];

describe('buildEventQuery', () => {
  it('sends only paging without a filter', () => {
    expect(buildEventQuery(undefined, 3, 100)).toEqual([
      ['page', '3'],
      ['limit', '100'],
    ]);
    expect(buildEventQuery({}, 1, 50)).toEqual(PAGING);
  });

  it.each<[string, EventFilter, QueryPairs]>([
    [
      'event ids, comma-joined',
      { ids: ['01pz58t6p04ymgsgfbmfyfy1mf', '01kx88gvk5qgm0gyaz0vbz4n6w'] },
      [['filter[id]', '01pz58t6p04ymgsgfbmfyfy1mf,01kx88gvk5qgm0gyaz0vbz4n6w']],
    ],
    [
      'types as Kommo keys',
      { types: [EventType.LEAD_ADDED, EventType.LEAD_STATUS_CHANGED] },
      [['filter[type]', 'lead_added,lead_status_changed']],
    ],
    [
      'customFieldId as the per-field type',
      { customFieldId: '777777' },
      [['filter[type]', 'custom_field_777777_value_changed']],
    ],
    [
      'entity types, singular',
      { entityTypes: [KommoEntityType.LEAD, KommoEntityType.CONTACT, KommoEntityType.TASK] },
      [['filter[entity]', 'lead,contact,task']],
    ],
    [
      'entity ids with their entity type',
      { entityTypes: [KommoEntityType.COMPANY], entityIds: ['1', '2'] },
      [
        ['filter[entity]', 'company'],
        ['filter[entity_id]', '1,2'],
      ],
    ],
    ['creators', { createdBy: ['504329', '0'] }, [['filter[created_by]', '504329,0']]],
    [
      'createdAt in Unix seconds',
      { createdAt: { from: new Date('2019-11-12T17:11:40Z'), to: new Date('2019-11-12T21:58:20Z') } },
      [
        ['filter[created_at][from]', '1573578700'],
        ['filter[created_at][to]', '1573595900'],
      ],
    ],
    [
      'createdAt with milliseconds, rounded down',
      { createdAt: { from: new Date('2019-11-12T17:11:40.999Z') } },
      [['filter[created_at][from]', '1573578700']],
    ],
    [
      'createdAt with only to',
      { createdAt: { to: new Date('2019-11-12T21:58:20.500Z') } },
      [['filter[created_at][to]', '1573595900']],
    ],
    [
      'seed 001: leads_statuses',
      {
        types: [EventType.LEAD_STATUS_CHANGED],
        valueAfter: { leadStatuses: [{ pipelineId: '12345', statusId: '99999999' }] },
      },
      [
        ['filter[type]', 'lead_status_changed'],
        ['filter[value_after][leads_statuses][0][pipeline_id]', '12345'],
        ['filter[value_after][leads_statuses][0][status_id]', '99999999'],
      ],
    ],
    [
      'several statuses, indexed, before and after',
      {
        types: [EventType.LEAD_STATUS_CHANGED],
        valueBefore: { leadStatuses: [{ pipelineId: '1', statusId: '10' }] },
        valueAfter: {
          leadStatuses: [
            { pipelineId: '1', statusId: '142' },
            { pipelineId: '2', statusId: '143' },
          ],
        },
      },
      [
        ['filter[type]', 'lead_status_changed'],
        ['filter[value_before][leads_statuses][0][pipeline_id]', '1'],
        ['filter[value_before][leads_statuses][0][status_id]', '10'],
        ['filter[value_after][leads_statuses][0][pipeline_id]', '1'],
        ['filter[value_after][leads_statuses][0][status_id]', '142'],
        ['filter[value_after][leads_statuses][1][pipeline_id]', '2'],
        ['filter[value_after][leads_statuses][1][status_id]', '143'],
      ],
    ],
    [
      'seed 001: responsible_user_id',
      {
        types: [EventType.ENTITY_RESPONSIBLE_CHANGED],
        valueAfter: { responsibleUserIds: ['5555555'] },
      },
      [
        ['filter[type]', 'entity_responsible_changed'],
        ['filter[value_after][responsible_user_id]', '5555555'],
      ],
    ],
    [
      'responsible users, comma-joined',
      {
        types: [EventType.ENTITY_RESPONSIBLE_CHANGED],
        valueBefore: { responsibleUserIds: ['1', '2'] },
      },
      [
        ['filter[type]', 'entity_responsible_changed'],
        ['filter[value_before][responsible_user_id]', '1,2'],
      ],
    ],
    [
      'seed 001: custom_field_values',
      { customFieldId: '777777', valueAfter: { customFieldEnumIds: ['145'] } },
      [
        ['filter[type]', 'custom_field_777777_value_changed'],
        ['filter[value_after][custom_field_values]', '145'],
      ],
    ],
    [
      'seed 001: value',
      { types: [EventType.SALE_FIELD_CHANGED], entityTypes: [KommoEntityType.LEAD], valueAfter: { value: '155' } },
      [
        ['filter[type]', 'sale_field_changed'],
        ['filter[entity]', 'lead'],
        ['filter[value_after][value]', '155'],
      ],
    ],
    [
      'value before',
      { types: [EventType.NPS_RATE_ADDED], valueBefore: { value: '7' } },
      [
        ['filter[type]', 'nps_rate_added'],
        ['filter[value_before][value]', '7'],
      ],
    ],
    [
      'explicit nulls are left out',
      {
        ids: null,
        types: null,
        customFieldId: '777',
        entityTypes: null,
        entityIds: null,
        createdBy: null,
        createdAt: { from: null, to: new Date('2019-11-12T21:58:20Z') },
        valueBefore: null,
        valueAfter: { leadStatuses: null, responsibleUserIds: null, customFieldEnumIds: ['145'], value: null },
      } as unknown as EventFilter,
      [
        ['filter[type]', 'custom_field_777_value_changed'],
        ['filter[created_at][to]', '1573595900'],
        ['filter[value_after][custom_field_values]', '145'],
      ],
    ],
  ])('%s', (_name, filter, expected) => {
    expect(buildEventQuery(filter, 1, 50)).toEqual([...expected, ...PAGING]);
  });

  it('puts every filter of one request in a stable order', () => {
    const filter: EventFilter = {
      ids: ['01pz58t6p04ymgsgfbmfyfy1mf'],
      types: [EventType.ENTITY_RESPONSIBLE_CHANGED],
      entityTypes: [KommoEntityType.LEAD],
      entityIds: ['6232965'],
      createdBy: ['504329'],
      createdAt: { from: new Date('2019-11-12T17:11:40Z') },
      valueBefore: { responsibleUserIds: ['37268'] },
      valueAfter: { responsibleUserIds: ['504329'] },
    };

    expect(buildEventQuery(filter, 2, 100)).toEqual([
      ['filter[id]', '01pz58t6p04ymgsgfbmfyfy1mf'],
      ['filter[type]', 'entity_responsible_changed'],
      ['filter[entity]', 'lead'],
      ['filter[entity_id]', '6232965'],
      ['filter[created_by]', '504329'],
      ['filter[created_at][from]', '1573578700'],
      ['filter[value_before][responsible_user_id]', '37268'],
      ['filter[value_after][responsible_user_id]', '504329'],
      ['page', '2'],
      ['limit', '100'],
    ]);
  });
});
