import { createKommoSeed } from '../../../src/demo/kommo';
import {
  find,
  idsOf,
  inRange,
  iso,
  linkIds,
  seconds,
  sentPairs,
  tagsOf,
  tasksOf,
  valuesOfCode,
  type Raw,
} from './expected';
import { useHarness } from './use-harness';

const env = useHarness();

const { store } = env;
const APR = '2026-04-01T00:00:00Z';
/** The harness serves seed 42: names to filter by are picked from it. */
const SEED = createKommoSeed(42);

type Kind = 'contacts' | 'companies';
const SPEC: Record<Kind, { field: string; filterType: string; with: string }> = {
  contacts: { field: 'contacts', filterType: 'ContactFilter', with: 'leads' },
  companies: { field: 'companies', filterType: 'CompanyFilter', with: 'leads,contacts' },
};

async function list(kind: Kind, variables: Record<string, unknown>) {
  const { field, filterType } = SPEC[kind];
  const result = await env.h.query(
    `query List($filter: ${filterType}, $query: String, $orderBy: OrderBy) {
    ${field}(filter: $filter, query: $query, orderBy: $orderBy, first: 250) { nodes { id } pageInfo { hasNextPage endCursor } }
  }`,
    variables,
  );
  return {
    result,
    sent: sentPairs(env.h.sim.requests, `/api/v4/${kind}`),
    paths: env.h.sim.requests.map((request) => request.path),
  };
}

describe.each<Kind>(['contacts', 'companies'])('every %s filter reaches Kommo as the real API expects it', (kind) => {
  const rows = () => store()[kind];
  const cases: Array<[string, Record<string, unknown>, Array<[string, string]>, (row: Raw) => boolean]> = [
    [
      'ids',
      { ids: ['28100002', '26100003'] },
      [
        ['filter[id][]', '28100002'],
        ['filter[id][]', '26100003'],
      ],
      (row) => [28100002, 26100003].includes(Number(row['id'])),
    ],
    [
      'names',
      { names: [SEED[kind][7]?.name] },
      [['filter[name][]', String(SEED[kind][7]?.name)]],
      (row) => row['name'] === SEED[kind][7]?.name,
    ],
    [
      'creators',
      { createdBy: ['5000002'] },
      [['filter[created_by][]', '5000002']],
      (row) => row['created_by'] === 5000002,
    ],
    [
      'last editors',
      { updatedBy: ['5000004', '5000005'] },
      [
        ['filter[updated_by][]', '5000004'],
        ['filter[updated_by][]', '5000005'],
      ],
      (row) => [5000004, 5000005].includes(Number(row['updated_by'])),
    ],
    [
      'responsible users',
      { responsibleUserIds: ['5000001'] },
      [['filter[responsible_user_id][]', '5000001']],
      (row) => row['responsible_user_id'] === 5000001,
    ],
    [
      'created_at to',
      { createdAt: { to: '2026-02-01T00:00:00Z' } },
      [['filter[created_at][to]', String(seconds('2026-02-01T00:00:00Z'))]],
      (row) => inRange(row['created_at'], undefined, seconds('2026-02-01T00:00:00Z')),
    ],
    [
      'updated_at from',
      { updatedAt: { from: APR } },
      [['filter[updated_at][from]', String(seconds(APR))]],
      (row) => inRange(row['updated_at'], seconds(APR), undefined),
    ],
    [
      'closest_task_at from',
      { closestTaskAt: { from: APR } },
      [['filter[closest_task_at][from]', String(seconds(APR))]],
      (row) => inRange(row['closest_task_at'], seconds(APR), undefined),
    ],
  ];

  it.each(cases)('%s', async (_name, filter, pairs, test) => {
    const expected = idsOf(rows().filter(test));
    expect(expected.length).toBeGreaterThan(0);
    const { result, sent, paths } = await list(kind, { filter });
    expect(result).toEqual({
      data: { [kind]: { nodes: expected.map((id) => ({ id })), pageInfo: { hasNextPage: false, endCursor: null } } },
    });
    expect(sent).toEqual([[...pairs, ['page', '1'], ['limit', '250'], ['with', SPEC[kind].with]]]);
    expect(paths).toEqual([`/api/v4/${kind}`]);
  });

  it('orderBy UPDATED_AT DESC', async () => {
    const expected = [...rows()].sort(
      (a, b) => Number(b['updated_at']) - Number(a['updated_at']) || Number(a['id']) - Number(b['id']),
    );
    const { result, sent } = await list(kind, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' } });
    expect(result).toEqual({
      data: {
        [kind]: {
          nodes: expected.map((row) => ({ id: String(row['id']) })),
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    });
    expect(sent).toEqual([
      [
        ['order[updated_at]', 'desc'],
        ['page', '1'],
        ['limit', '250'],
        ['with', SPEC[kind].with],
      ],
    ]);
  });
});

describe('contacts search and fields', () => {
  it('finds a contact by phone with query (seed 002: "searches through custom fields values")', async () => {
    const contact = store().contacts.find((row) => valuesOfCode(row, 'PHONE').length > 0) as Raw;
    const phone = valuesOfCode(contact, 'PHONE')[0] as string;
    const result = await env.h.query<{ contacts: { nodes: Array<{ id: string; phones: string[] }> } }>(
      'query Find($q: String) { contacts(query: $q) { nodes { id phones } } }',
      { q: phone },
    );
    expect(result.data?.contacts.nodes).toContainEqual({
      id: String(contact['id']),
      phones: valuesOfCode(contact, 'PHONE'),
    });
    expect(sentPairs(env.h.sim.requests, '/api/v4/contacts')).toEqual([
      [
        ['query', phone],
        ['page', '1'],
        ['limit', '50'],
        ['with', 'leads'],
      ],
    ]);
  });

  it('serves contact(id) with names, PHONE/EMAIL values, tags, company and leads', async () => {
    const contact = store().contacts.find(
      (row) => linkIds(row, 'leads').length > 1 && linkIds(row, 'companies').length === 1,
    ) as Raw;
    const company = find(store().companies, linkIds(contact, 'companies')[0]);
    const result = await env.h.query(
      `query C($id: ID!) { contact(id: $id) {
      id name firstName lastName createdAt updatedAt isDeleted phones emails tags { id name color }
      responsibleUser { id } company { id name } leads { id name } } }`,
      { id: String(contact['id']) },
    );
    expect(result).toEqual({
      data: {
        contact: {
          id: String(contact['id']),
          name: contact['name'],
          firstName: contact['first_name'],
          lastName: contact['last_name'],
          createdAt: iso(contact['created_at']),
          updatedAt: iso(contact['updated_at']),
          isDeleted: false,
          phones: valuesOfCode(contact, 'PHONE'),
          emails: valuesOfCode(contact, 'EMAIL'),
          tags: tagsOf(contact),
          responsibleUser: { id: String(contact['responsible_user_id']) },
          company: { id: String(company['id']), name: company['name'] },
          leads: linkIds(contact, 'leads').map((id) => ({ id, name: find(store().leads, id)['name'] })),
        },
      },
    });
    expect(env.paths()).toEqual(['/api/v4/companies', '/api/v4/contacts', '/api/v4/leads', '/api/v4/users']);
    expect(sentPairs(env.h.sim.requests, '/api/v4/leads')).toEqual([
      [
        ...linkIds(contact, 'leads').map((id): [string, string] => ['filter[id][]', id]),
        ['limit', '250'],
        ['with', 'contacts,loss_reason'],
      ],
    ]);
  });

  it('answers null for unknown contact and company ids', async () => {
    expect(await env.h.query('{ contact(id: "999999999") { id } company(id: "999999998") { id } }')).toEqual({
      data: { contact: null, company: null },
    });
    expect(env.h.sim.requests).toHaveLength(2);
  });
});

describe('companies with their contacts, leads and tasks, batched', () => {
  it('one call per linked type for a page of 60 companies (leads are read to drop the gone ones)', async () => {
    const companies = [...store().companies].sort((a, b) => Number(a['id']) - Number(b['id']));
    const result = await env.h.query(
      `{ companies(first: 60) { nodes { id name contacts { id name } leads { id } tasks { id text } } } }`,
    );
    expect(result).toEqual({
      data: {
        companies: {
          nodes: companies.map((company) => ({
            id: String(company['id']),
            name: company['name'],
            contacts: linkIds(company, 'contacts').map((id) => ({ id, name: find(store().contacts, id)['name'] })),
            leads: linkIds(company, 'leads').map((id) => ({ id })),
            tasks: tasksOf(store(), 'companies', company['id']).map((task) => ({
              id: String(task['id']),
              text: task['text'],
            })),
          })),
        },
      },
    });
    expect(env.paths()).toEqual(['/api/v4/companies', '/api/v4/contacts', '/api/v4/leads', '/api/v4/tasks']);
    // Every lead the 60 companies name (more than 200 ids) in one call, in the order the companies name them.
    const leadIds = [...new Set(companies.flatMap((company) => linkIds(company, 'leads')))];
    expect(leadIds.length).toBeGreaterThan(200);
    expect(leadIds.length).toBeLessThanOrEqual(250);
    expect(sentPairs(env.h.sim.requests, '/api/v4/leads')).toEqual([
      [
        ...leadIds.map((id): [string, string] => ['filter[id][]', id]),
        ['limit', '250'],
        ['with', 'contacts,loss_reason'],
      ],
    ]);
    const [tasksCall] = sentPairs(env.h.sim.requests, '/api/v4/tasks');
    expect(tasksCall).toEqual([
      ['filter[entity_type]', 'companies'],
      ...companies.map((c): [string, string] => ['filter[entity_id][]', String(c['id'])]),
      ['order[id]', 'asc'],
      ['page', '1'],
      ['limit', '250'],
    ]);
  });
});
