import type { KommoRecord } from '../../../src/demo/kommo/store';
import { find, idsOf, inRange, iso, seconds, sentPairs, tasksOf, userRef, type Raw } from './expected';
import { useHarness } from './use-harness';

const env = useHarness();

const { store } = env;
const TASKS = `query Tasks($filter: TaskFilter, $orderBy: OrderBy) {
  tasks(filter: $filter, orderBy: $orderBy, first: 250) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;
const onePage = (ids: string[]) => ({
  data: { tasks: { nodes: ids.map((id) => ({ id })), pageInfo: { hasNextPage: false, endCursor: null } } },
});

describe('every task filter of seed 002 reaches Kommo as the real API expects it', () => {
  const APR = '2026-04-01T00:00:00Z';
  const cases: Array<[string, Record<string, unknown>, Array<[string, string]>, (task: Raw) => boolean]> = [
    [
      'ids',
      { ids: ['33100010', '33100001'] },
      [
        ['filter[id][]', '33100010'],
        ['filter[id][]', '33100001'],
      ],
      (task) => [33100001, 33100010].includes(Number(task['id'])),
    ],
    [
      'entity type alone',
      { entityType: 'CONTACT' },
      [['filter[entity_type]', 'contacts']],
      (task) => task['entity_type'] === 'contacts',
    ],
    [
      'entity type and ids',
      { entityType: 'LEAD', entityIds: ['24100143', '24100092'] },
      [
        ['filter[entity_type]', 'leads'],
        ['filter[entity_id][]', '24100143'],
        ['filter[entity_id][]', '24100092'],
      ],
      (task) => task['entity_type'] === 'leads' && [24100143, 24100092].includes(Number(task['entity_id'])),
    ],
    [
      'task types',
      { taskTypeIds: ['2', '3001'] },
      [
        ['filter[task_type][]', '2'],
        ['filter[task_type][]', '3001'],
      ],
      (task) => [2, 3001].includes(Number(task['task_type_id'])),
    ],
    ['completed', { isCompleted: true }, [['filter[is_completed]', '1']], (task) => task['is_completed'] === true],
    ['open', { isCompleted: false }, [['filter[is_completed]', '0']], (task) => task['is_completed'] === false],
    [
      'responsible users',
      { responsibleUserIds: ['5000002'] },
      [['filter[responsible_user_id][]', '5000002']],
      (task) => task['responsible_user_id'] === 5000002,
    ],
    [
      'creators',
      { createdBy: ['5000003'] },
      [['filter[created_by][]', '5000003']],
      (task) => task['created_by'] === 5000003,
    ],
    [
      'updated_at range',
      { updatedAt: { from: APR } },
      [['filter[updated_at][from]', String(seconds(APR))]],
      (task) => inRange(task['updated_at'], seconds(APR), undefined),
    ],
  ];

  it.each(cases)('%s', async (_name, filter, pairs, test) => {
    const expected = idsOf(store().tasks.filter(test));
    expect(expected.length).toBeGreaterThan(0);
    const result = await env.h.query(TASKS, { filter });
    expect(result).toEqual(onePage(expected));
    expect(sentPairs(env.h.sim.requests, '/api/v4/tasks')).toEqual([[...pairs, ['page', '1'], ['limit', '250']]]);
    expect(env.h.sim.requests).toHaveLength(1);
  });

  it('orderBy COMPLETE_TILL', async () => {
    const expected = [...store().tasks].sort(
      (a, b) => Number(a['complete_till']) - Number(b['complete_till']) || Number(a['id']) - Number(b['id']),
    );
    const result = await env.h.query(TASKS, { orderBy: { field: 'COMPLETE_TILL' } });
    expect(result).toEqual(onePage(expected.map((task) => String(task['id']))));
    expect(sentPairs(env.h.sim.requests, '/api/v4/tasks')).toEqual([
      [
        ['order[complete_till]', 'asc'],
        ['page', '1'],
        ['limit', '250'],
      ],
    ]);
  });
});

describe('task fields', () => {
  it('task(id): every field, the task type, the people and the entity', async () => {
    const task = store().tasks.find((row) => row['entity_type'] === 'leads' && !Array.isArray(row['result'])) as Raw;
    const lead = find(store().leads, task['entity_id']);
    const type = find(store().taskTypes, task['task_type_id']);
    const result = await env.h.query(
      `query T($id: ID!) { task(id: $id) {
      id text entityType entityId completeTill isCompleted result duration createdAt updatedAt
      taskType { id name code } responsibleUser { id name } createdBy { id name }
      entity { __typename ... on Lead { id name } } } }`,
      { id: String(task['id']) },
    );
    expect(result).toEqual({
      data: {
        task: {
          id: String(task['id']),
          text: task['text'],
          entityType: 'LEAD',
          entityId: String(lead['id']),
          completeTill: iso(task['complete_till']),
          isCompleted: task['is_completed'],
          result: (task['result'] as { text: string }).text,
          duration: task['duration'],
          createdAt: iso(task['created_at']),
          updatedAt: iso(task['updated_at']),
          taskType: { id: String(type['id']), name: type['name'], code: type['code'] },
          responsibleUser: userRef(store(), task['responsible_user_id']),
          createdBy: userRef(store(), task['created_by']),
          entity: { __typename: 'Lead', id: String(lead['id']), name: lead['name'] },
        },
      },
    });
    expect(env.paths()).toEqual(['/api/v4/account', '/api/v4/leads', '/api/v4/tasks', '/api/v4/users']);
  });

  it('every task of the account with its entity: one call per entity type', async () => {
    const result = await env.h.query<{
      tasks: { nodes: Array<{ id: string; entity: { __typename: string; id: string } | null }> };
    }>(
      '{ tasks(first: 250) { nodes { id entity { __typename ... on Lead { id } ... on Contact { id } ... on Company { id } } } } }',
    );
    const typenames: Record<string, string> = { leads: 'Lead', contacts: 'Contact', companies: 'Company' };
    expect(result.data?.tasks.nodes).toEqual(
      [...store().tasks]
        .sort((a, b) => Number(a['id']) - Number(b['id']))
        .map((task) => ({
          id: String(task['id']),
          entity: { __typename: typenames[String(task['entity_type'])], id: String(task['entity_id']) },
        })),
    );
    expect(env.paths()).toEqual(['/api/v4/companies', '/api/v4/contacts', '/api/v4/leads', '/api/v4/tasks']);
  });
});

describe('tasks of records', () => {
  it('pages the one batched tasks query until complete: never a truncated list', async () => {
    const leadIds = [24100143, 24100092, 24100009];
    const extra: KommoRecord[] = Array.from({ length: 300 }, (_, i) => ({
      ...(store().tasks[0] as KommoRecord),
      id: 34_000_000 + i,
      entity_type: 'leads',
      entity_id: leadIds[i % 3],
      text: `Extra ${i}`,
    }));
    store().tasks.push(...extra);
    try {
      const result = await env.h.query(
        'query L($ids: [ID!]) { leads(filter: { ids: $ids }) { nodes { id tasks { id } } } }',
        { ids: leadIds.map(String) },
      );
      expect(result).toEqual({
        data: {
          leads: {
            nodes: [...leadIds].sort().map((id) => ({
              id: String(id),
              tasks: tasksOf(store(), 'leads', id).map((task) => ({ id: String(task['id']) })),
            })),
          },
        },
      });
      const calls = sentPairs(env.h.sim.requests, '/api/v4/tasks');
      expect(calls.map((pairs) => pairs.filter(([key]) => key === 'page' || key === 'limit'))).toEqual([
        [
          ['page', '1'],
          ['limit', '250'],
        ],
        [
          ['page', '2'],
          ['limit', '250'],
        ],
      ]);
      expect(env.h.sim.requests).toHaveLength(3);
    } finally {
      store().tasks.splice(store().tasks.length - extra.length, extra.length);
    }
  });

  it("a task's lead comes from the primed lead loader: no second leads call", async () => {
    const result = await env.h.query(
      `{ leads(filter: { ids: ["24100143", "24100092"] }) { nodes { id tasks { id entity { ... on Lead { id name } } } } } }`,
    );
    const nodes = [24100092, 24100143].map((id) => ({
      id: String(id),
      tasks: tasksOf(store(), 'leads', id).map((task) => ({
        id: String(task['id']),
        entity: { id: String(id), name: find(store().leads, id)['name'] },
      })),
    }));
    expect(nodes.every((node) => node.tasks.length > 0)).toBe(true);
    expect(result).toEqual({ data: { leads: { nodes } } });
    expect(env.h.sim.requests.map((request) => request.path)).toEqual(['/api/v4/leads', '/api/v4/tasks']);
  });
});
