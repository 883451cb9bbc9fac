import type { KommoRecord } from '../../../src/demo/kommo';
import { startHarness, type Harness } from '../../helpers/harness';
import { statusName } from './seed-rows';

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Lead { id name status { name } }
    ... on Contact { id name }
    ... on Company { id name }
    ... on Task { id text entity { __typename ... on Lead { id name } } }
    ... on User { id name }
  }
}`;

const MISSING = '999999999';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

function live(rows: readonly KommoRecord[]): KommoRecord[] {
  return rows.filter((row) => row['is_deleted'] !== true);
}

function nth(rows: readonly KommoRecord[], index: number): KommoRecord {
  const row = rows[index];
  if (row === undefined) throw new Error(`the seed has fewer than ${index + 1} rows`);
  return row;
}

describe('_entities', () => {
  it('resolves representations of every entity type with one batched call per type', async () => {
    const { store } = harness.sim;
    const tasks = store.tasks.filter((task) => task['entity_type'] === 'leads').slice(0, 2);
    // The tasks' own leads are among the lead representations: the loader serves them from cache.
    const leadIds = [...new Set(tasks.map((task) => String(task['entity_id'])))];
    const leads = leadIds.map((id) =>
      nth(
        store.leads.filter((lead) => String(lead['id']) === id),
        0,
      ),
    );
    const contacts = live(store.contacts).slice(0, 2);
    const company = nth(live(store.companies), 0);
    const users = store.users.slice(0, 2);
    expect([tasks.length, contacts.length, users.length]).toEqual([2, 2, 2]);
    const representations = [
      ...leads.map((lead) => ({ __typename: 'Lead', id: String(lead['id']) })),
      { __typename: 'Contact', id: Number(nth(contacts, 0)['id']) },
      { __typename: 'Lead', id: MISSING },
      { __typename: 'Contact', id: String(nth(contacts, 1)['id']) },
      { __typename: 'Company', id: String(company['id']) },
      { __typename: 'Company', id: 'not-a-kommo-id' },
      ...tasks.map((task) => ({ __typename: 'Task', id: String(task['id']) })),
      ...users.map((user) => ({ __typename: 'User', id: String(user['id']) })),
      { __typename: 'User' },
    ];
    harness.sim.resetRequests();

    const result = await harness.query(ENTITIES, { representations });

    const leadOf = (lead: KommoRecord) => ({ __typename: 'Lead', id: String(lead['id']), name: lead['name'] });
    expect(result).toEqual({
      data: {
        _entities: [
          ...leads.map((lead) => ({ ...leadOf(lead), status: { name: statusName(harness.sim.store, lead) } })),
          { __typename: 'Contact', id: String(nth(contacts, 0)['id']), name: nth(contacts, 0)['name'] },
          null,
          { __typename: 'Contact', id: String(nth(contacts, 1)['id']), name: nth(contacts, 1)['name'] },
          { __typename: 'Company', id: String(company['id']), name: company['name'] },
          null,
          ...tasks.map((task) => ({
            __typename: 'Task',
            id: String(task['id']),
            text: task['text'],
            entity: leadOf(
              nth(
                leads.filter((lead) => lead['id'] === task['entity_id']),
                0,
              ),
            ),
          })),
          ...users.map((user) => ({ __typename: 'User', id: String(user['id']), name: user['name'] })),
          null,
        ],
      },
    });
    const paths = harness.sim.requests.map((request) => request.path).sort();
    expect(paths).toEqual([
      '/api/v4/companies',
      '/api/v4/contacts',
      '/api/v4/leads',
      '/api/v4/leads/pipelines',
      '/api/v4/tasks',
      '/api/v4/users',
    ]);
    const leadCall = harness.sim.requests.find((request) => request.path === '/api/v4/leads');
    expect(leadCall?.query.getAll('filter[id][]').sort()).toEqual([...leadIds, MISSING].sort());
  });

  it('answers null for every representation whose record is gone, without failing the others', async () => {
    harness.sim.resetRequests();
    const result = await harness.query(ENTITIES, {
      representations: [
        { __typename: 'Task', id: MISSING },
        { __typename: 'User', id: MISSING },
      ],
    });
    expect(result).toEqual({ data: { _entities: [null, null] } });
    expect(harness.sim.requests.map((request) => request.path).sort()).toEqual(['/api/v4/tasks', '/api/v4/users']);
  });
});
