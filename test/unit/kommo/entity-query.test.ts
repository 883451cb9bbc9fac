import { buildLeadQuery, buildRecordQuery, buildTaskQuery } from '../../../src/kommo/entities/entity-query';
import type { QueryPairs } from '../../../src/kommo/kommo.client';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import { OrderByField, SortDirection } from '../../../src/schema/common/order-by.input';
import type { RecordFilter } from '../../../src/schema/common/record-filter.input';
import type { LeadFilter } from '../../../src/schema/leads/lead-filter.input';
import type { TaskFilter } from '../../../src/schema/tasks/task-filter.input';

const FIRST_PAGE = { page: 1, limit: 50 };
const PAGING: QueryPairs = [
  ['page', '1'],
  ['limit', '50'],
];
const FEB = new Date('2026-02-01T00:00:00Z');
const MAR = new Date('2026-03-01T00:00:00.999Z');

describe('buildRecordQuery (contacts, companies)', () => {
  it('sends only paging without a filter', () => {
    expect(buildRecordQuery(undefined, { page: 3, limit: 250 })).toEqual([
      ['page', '3'],
      ['limit', '250'],
    ]);
    expect(buildRecordQuery({}, FIRST_PAGE)).toEqual(PAGING);
  });

  it.each<[string, RecordFilter, QueryPairs]>([
    [
      'ids as a bracket array',
      { ids: ['1', '2'] },
      [
        ['filter[id][]', '1'],
        ['filter[id][]', '2'],
      ],
    ],
    [
      'names',
      { names: ['Ana Souza', 'Bruno'] },
      [
        ['filter[name][]', 'Ana Souza'],
        ['filter[name][]', 'Bruno'],
      ],
    ],
    [
      'created_by and updated_by',
      { createdBy: ['5'], updatedBy: ['6', '7'] },
      [
        ['filter[created_by][]', '5'],
        ['filter[updated_by][]', '6'],
        ['filter[updated_by][]', '7'],
      ],
    ],
    ['responsible users', { responsibleUserIds: ['5000001'] }, [['filter[responsible_user_id][]', '5000001']]],
    [
      'created_at range in Unix seconds, rounded down',
      { createdAt: { from: FEB, to: MAR } },
      [
        ['filter[created_at][from]', '1769904000'],
        ['filter[created_at][to]', '1772323200'],
      ],
    ],
    [
      'updated_at with only from, closest_task_at with only to',
      { updatedAt: { from: FEB }, closestTaskAt: { to: MAR } },
      [
        ['filter[updated_at][from]', '1769904000'],
        ['filter[closest_task_at][to]', '1772323200'],
      ],
    ],
  ])('%s', (_name, filter, pairs) => {
    expect(buildRecordQuery(filter, FIRST_PAGE)).toEqual([...pairs, ...PAGING]);
  });

  it('adds query and order after the filter, before paging', () => {
    const request = {
      page: 2,
      limit: 10,
      query: '+55 11',
      orderBy: { field: OrderByField.UPDATED_AT, direction: SortDirection.DESC },
    };
    expect(buildRecordQuery({ ids: ['9'] }, request)).toEqual([
      ['filter[id][]', '9'],
      ['query', '+55 11'],
      ['order[updated_at]', 'desc'],
      ['page', '2'],
      ['limit', '10'],
    ]);
  });
});

describe('buildLeadQuery', () => {
  it.each<[string, LeadFilter, QueryPairs]>([
    [
      'price range',
      { price: { from: 1000, to: 2500.5 } },
      [
        ['filter[price][from]', '1000'],
        ['filter[price][to]', '2500.5'],
      ],
    ],
    ['price with only to', { price: { to: 0 } }, [['filter[price][to]', '0']]],
    [
      'statuses within pipelines, indexed',
      {
        statuses: [
          { pipelineId: '7000001', statusId: '142' },
          { pipelineId: '7000002', statusId: '143' },
        ],
      },
      [
        ['filter[statuses][0][pipeline_id]', '7000001'],
        ['filter[statuses][0][status_id]', '142'],
        ['filter[statuses][1][pipeline_id]', '7000002'],
        ['filter[statuses][1][status_id]', '143'],
      ],
    ],
    [
      'pipelines',
      { pipelineIds: ['7000001', '7000002'] },
      [
        ['filter[pipeline_id][]', '7000001'],
        ['filter[pipeline_id][]', '7000002'],
      ],
    ],
    [
      'closed_at range',
      { closedAt: { from: FEB, to: MAR } },
      [
        ['filter[closed_at][from]', '1769904000'],
        ['filter[closed_at][to]', '1772323200'],
      ],
    ],
    [
      'the shared filters first, then the lead ones',
      { pipelineIds: ['7000001'], ids: ['1'] },
      [
        ['filter[id][]', '1'],
        ['filter[pipeline_id][]', '7000001'],
      ],
    ],
  ])('%s', (_name, filter, pairs) => {
    expect(buildLeadQuery(filter, FIRST_PAGE)).toEqual([...pairs, ...PAGING]);
  });
});

describe('buildTaskQuery', () => {
  it.each<[string, TaskFilter, QueryPairs]>([
    ['ids', { ids: ['33100001'] }, [['filter[id][]', '33100001']]],
    [
      'entity type in the plural, with entity ids',
      { entityType: KommoEntityType.LEAD, entityIds: ['1', '2'] },
      [
        ['filter[entity_type]', 'leads'],
        ['filter[entity_id][]', '1'],
        ['filter[entity_id][]', '2'],
      ],
    ],
    ['companies', { entityType: KommoEntityType.COMPANY }, [['filter[entity_type]', 'companies']]],
    ['customers', { entityType: KommoEntityType.CUSTOMER }, [['filter[entity_type]', 'customers']]],
    [
      'task types',
      { taskTypeIds: ['1', '3001'] },
      [
        ['filter[task_type][]', '1'],
        ['filter[task_type][]', '3001'],
      ],
    ],
    ['completed as 1', { isCompleted: true }, [['filter[is_completed]', '1']]],
    ['open as 0', { isCompleted: false }, [['filter[is_completed]', '0']]],
    [
      'responsible users and creators',
      { responsibleUserIds: ['5'], createdBy: ['6'] },
      [
        ['filter[responsible_user_id][]', '5'],
        ['filter[created_by][]', '6'],
      ],
    ],
    [
      'updated_at range',
      { updatedAt: { from: FEB, to: MAR } },
      [
        ['filter[updated_at][from]', '1769904000'],
        ['filter[updated_at][to]', '1772323200'],
      ],
    ],
    ['null fields are not sent', { isCompleted: null, entityType: null, ids: null }, []],
  ])('%s', (_name, filter, pairs) => {
    expect(buildTaskQuery(filter, FIRST_PAGE)).toEqual([...pairs, ...PAGING]);
  });

  it('orders by complete_till', () => {
    expect(
      buildTaskQuery(undefined, {
        ...FIRST_PAGE,
        orderBy: { field: OrderByField.COMPLETE_TILL, direction: SortDirection.ASC },
      }),
    ).toEqual([['order[complete_till]', 'asc'], ...PAGING]);
  });
});
