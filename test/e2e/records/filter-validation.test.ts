import { useHarness } from './use-harness';

const env = useHarness();

const ids = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));

/** [name, document, variables, root field, argument path, message]: each breaks one rule and costs no upstream call. */
const cases: Array<[string, string, Record<string, unknown>, string, string, string]> = [
  [
    'a non-numeric lead id',
    'query Q($f: LeadFilter) { leads(filter: $f) { nodes { id } } }',
    { f: { ids: ['12', 'x1'] } },
    'leads',
    'filter.ids',
    'Invalid filter.ids: "x1" is not a Kommo id (a positive whole number).',
  ],
  [
    '251 lead ids',
    'query Q($f: LeadFilter) { leads(filter: $f) { nodes { id } } }',
    { f: { ids: ids(251) } },
    'leads',
    'filter.ids',
    'Invalid filter.ids: at most 250 ids are allowed, got 251.',
  ],
  [
    'an empty pipeline list',
    'query Q($f: LeadFilter) { leads(filter: $f) { nodes { id } } }',
    { f: { pipelineIds: [] } },
    'leads',
    'filter.pipelineIds',
    'Invalid filter.pipelineIds: must not be an empty list (omit it instead).',
  ],
  [
    'created from after to',
    'query Q($f: LeadFilter) { leads(filter: $f) { nodes { id } } }',
    { f: { createdAt: { from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } } },
    'leads',
    'filter.createdAt',
    'Invalid filter.createdAt: from must not be later than to.',
  ],
  [
    'two status pairs',
    'query Q($f: LeadFilter) { leads(filter: $f) { nodes { id } } }',
    {
      f: {
        statuses: [
          { pipelineId: '7000001', statusId: '142' },
          { pipelineId: '7000002', statusId: '143' },
        ],
      },
    },
    'leads',
    'filter.statuses',
    'Invalid filter.statuses: Kommo filters leads by one status within one pipeline only, got 2 (query each status separately).',
  ],
  [
    'price from above to',
    'query Q($f: LeadFilter) { leads(filter: $f) { nodes { id } } }',
    { f: { price: { from: 5, to: 1 } } },
    'leads',
    'filter.price',
    'Invalid filter.price: from must not be later than to.',
  ],
  [
    'leads ordered by COMPLETE_TILL',
    '{ leads(orderBy: { field: COMPLETE_TILL }) { nodes { id } } }',
    {},
    'leads',
    'orderBy.field',
    'Invalid orderBy.field: leads can be ordered by ID, CREATED_AT, UPDATED_AT, not COMPLETE_TILL.',
  ],
  [
    'contacts ordered by CREATED_AT',
    '{ contacts(orderBy: { field: CREATED_AT, direction: DESC }) { nodes { id } } }',
    {},
    'contacts',
    'orderBy.field',
    'Invalid orderBy.field: contacts can be ordered by ID, UPDATED_AT, not CREATED_AT.',
  ],
  [
    'tasks ordered by UPDATED_AT',
    '{ tasks(orderBy: { field: UPDATED_AT }) { nodes { id } } }',
    {},
    'tasks',
    'orderBy.field',
    'Invalid orderBy.field: tasks can be ordered by ID, CREATED_AT, COMPLETE_TILL, not UPDATED_AT.',
  ],
  [
    'task entityIds without entityType',
    '{ tasks(filter: { entityIds: ["24100143"] }) { nodes { id } } }',
    {},
    'tasks',
    'filter.entityIds',
    'Invalid filter.entityIds: entityIds requires entityType.',
  ],
  [
    'a blank company name',
    '{ companies(filter: { names: [""] }) { nodes { id } } }',
    {},
    'companies',
    'filter.names',
    'Invalid filter.names: names must not be blank.',
  ],
  [
    'a blank query',
    '{ contacts(query: " ") { nodes { id } } }',
    {},
    'contacts',
    'query',
    'Invalid query: must not be blank (omit it instead).',
  ],
  [
    'first above 250',
    '{ companies(first: 251) { nodes { id } } }',
    {},
    'companies',
    'first',
    "Invalid first: must be between 1 and 250 (Kommo's page limit), got 251.",
  ],
  [
    'first 0',
    '{ tasks(first: 0) { nodes { id } } }',
    {},
    'tasks',
    'first',
    "Invalid first: must be between 1 and 250 (Kommo's page limit), got 0.",
  ],
  [
    'a cursor of another list',
    '{ leads(after: "eyJzIjoiZXZlbnRzIiwicCI6MiwibCI6NTB9") { nodes { id } } }',
    {},
    'leads',
    'after',
    'Invalid after: not a cursor issued by this field.',
  ],
];

describe('bad input is BAD_USER_INPUT naming the field, before any upstream call', () => {
  it.each(cases)('%s', async (_name, document, variables, field, argument, message) => {
    const result = await env.h.query(document, variables);
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message,
          locations: expect.any(Array),
          path: [field],
          extensions: { code: 'BAD_USER_INPUT', field: argument, problems: [{ field: argument, message }] },
        },
      ],
    });
    expect(env.h.sim.requests).toEqual([]);
  });

  it.each<[string, string]>([
    ['lead', '{ lead(id: "abc") { id } }'],
    ['contact', '{ contact(id: "0") { id } }'],
    ['company', '{ company(id: "-1") { id } }'],
    ['task', '{ task(id: "1.5") { id } }'],
    ['pipeline', '{ pipeline(id: "sales") { id } }'],
    ['user', '{ user(id: "") { id } }'],
  ])('%s(id) with an id that is not a Kommo id', async (field, document) => {
    const result = await env.h.query<Record<string, unknown>>(document);
    expect(result.data).toEqual({ [field]: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: [field],
        extensions: { code: 'BAD_USER_INPUT', field: 'id', problems: [{ field: 'id', message: expect.any(String) }] },
      }),
    ]);
    expect(env.h.sim.requests).toEqual([]);
  });

  it('Lead.events(first) outside 1..100 fails that field only', async () => {
    const result = await env.h.query('{ lead(id: "24100143") { id events(first: 101) { id } } }');
    expect(result).toEqual({
      data: { lead: { id: '24100143', events: null } },
      errors: [
        {
          message: "Invalid first: must be between 1 and 100 (Kommo's page limit), got 101.",
          locations: expect.any(Array),
          path: ['lead', 'events'],
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'first',
            problems: [
              { field: 'first', message: "Invalid first: must be between 1 and 100 (Kommo's page limit), got 101." },
            ],
          },
        },
      ],
    });
    expect(env.h.sim.requests.map((request) => request.path)).toEqual(['/api/v4/leads']);
  });
});
