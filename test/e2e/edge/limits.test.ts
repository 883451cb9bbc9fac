import { DEFAULT_LIMITS } from '../../../src/config/edge';
import { type EdgeHarness, type RawResponse, startEdgeHarness } from './edge-harness';

/** `contacts → leads → contacts …` nested `levels` deep, as in the issue (378 bytes at 25). */
function deepQuery(levels: number): string {
  let inner = 'id';
  for (let level = levels; level >= 2; level -= 1) inner = `${level % 2 === 0 ? 'leads' : 'contacts'} { ${inner} }`;
  return `{ contacts { nodes { ${inner} } } }`;
}

const aliases = (count: number, field: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ');
const EVENTS = `{ ${aliases(1000, () => 'events(first: 100) { nodes { id } }')} }`;
const DEALS = `{ ${aliases(1000, (i) => `deal(id: "${i + 1}") { id }`)} }`;
const NOTES = `mutation { ${aliases(1000, (i) => `createDealNote(dealId: "${(i % 7) + 1}", input: { content: "n${i}" }) { id }`)} }`;

function expectLimit(response: RawResponse, h: EdgeHarness, extensions: Record<string, unknown>): void {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toEqual([
    { message: expect.any(String), extensions: { code: 'OPERATION_LIMIT_EXCEEDED', ...extensions } },
  ]);
  expect(h.upstreamCalls()).toBe(0);
}

describe('operation limits with the defaults', () => {
  let h: EdgeHarness;
  beforeAll(async () => {
    h = await startEdgeHarness({});
  });
  afterAll(() => h.close());

  it('refuses the 25-deep contacts → leads → contacts query by MAX_DEPTH', async () => {
    const query = deepQuery(25);
    expect(query.length).toBeLessThan(400);
    const response = await h.send({ body: { query } });
    expectLimit(response, h, { limit: 'MAX_DEPTH', max: DEFAULT_LIMITS.maxDepth, actual: 27 });
    expect(response.body.errors?.[0]?.message).toBe('The operation nests fields 27 deep; MAX_DEPTH allows 12');
  });

  it.each([
    ['events(first: 100)', EVENTS],
    ['deal(id)', DEALS],
    ['createDealNote', NOTES],
  ])('refuses 1,000 aliases of %s by MAX_ALIASES', async (_name, query) => {
    expectLimit(await h.send({ body: { query } }), h, {
      limit: 'MAX_ALIASES',
      max: DEFAULT_LIMITS.maxAliases,
      actual: 1000,
    });
  });

  it('refuses more root fields than MAX_ROOT_FIELDS', async () => {
    const query = `{ users { id } ${aliases(20, () => 'pipelines { id }')} }`;
    const response = await h.send({ body: { query } });
    // 20 aliases pass MAX_ALIASES (30); 21 root fields do not pass MAX_ROOT_FIELDS (20).
    expectLimit(response, h, { limit: 'MAX_ROOT_FIELDS', max: DEFAULT_LIMITS.maxRootFields, actual: 21 });
  });
});

describe('the upstream-call estimate alone', () => {
  let h: EdgeHarness;
  beforeAll(async () => {
    h = await startEdgeHarness({ MAX_DEPTH: '1000', MAX_ALIASES: '100000', MAX_ROOT_FIELDS: '100000' });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.sim.resetRequests();
    h.woofed.resetRequests();
  });

  it.each([
    ['events(first: 100): one call each', EVENTS, 1000],
    ['deal(id) over 1,000 ids: one GET each', DEALS, 1000],
    ['createDealNote: one POST each', NOTES, 1000],
  ])('refuses 1,000 aliases of %s before any is sent', async (_name, query, estimated) => {
    expectLimit(await h.send({ body: { query } }), h, {
      limit: 'MAX_UPSTREAM_CALLS',
      max: DEFAULT_LIMITS.maxUpstreamCalls,
      estimated,
    });
  });

  it('refuses the 25-deep query by its estimate, which grows with every nested list', async () => {
    const response = await h.send({ body: { query: deepQuery(25) } });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ limit: 'MAX_UPSTREAM_CALLS', max: 50 });
    expect(response.body.errors?.[0]?.extensions?.['estimated']).toBeGreaterThan(1e6);
    expect(h.upstreamCalls()).toBe(0);
  });

  it('serves an operation within the estimate and reports its cost', async () => {
    const response = await h.send({ body: { query: `{ ${aliases(3, (i) => `deal(id: "${i + 1}") { id }`)} }` } });
    expect([response.status, response.body.errors]).toEqual([200, undefined]);
    expect(response.body.extensions).toEqual({ cost: { estimatedUpstreamCalls: 3, upstreamCalls: 3 } });
    expect(h.woofed.requests).toHaveLength(3);
  });
});

describe('MAX_UPSTREAM_CALLS at run time', () => {
  it('fails the fields whose call is past the limit (a retry the estimate cannot foresee) and serves the rest', async () => {
    const h = await startEdgeHarness({ MAX_UPSTREAM_CALLS: '2' });
    try {
      const withCompany = h.sim.store.leads.filter((lead) => JSON.stringify(lead._embedded).includes('"companies":[{'));
      const ids = withCompany.slice(0, 3).map((lead) => String(lead.id));
      h.sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/companies', status: 503 });
      const query = 'query Q($ids: [ID!]) { leads(filter: { ids: $ids }) { nodes { id company { id } } } }';
      const response = await h.send({ body: { query, variables: { ids } } });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        leads: { nodes: expect.arrayContaining(ids.map((id) => ({ id, company: null }))) },
      });
      // One refused call, one error (at the first of the three fields it nulls).
      expect(response.body.errors).toHaveLength(1);
      for (const error of response.body.errors ?? []) {
        expect(error).toMatchObject({
          message:
            'This operation needs more than MAX_UPSTREAM_CALLS=2 upstream calls; the fields past the limit are null',
          extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'MAX_UPSTREAM_CALLS', max: 2, actual: 3 },
        });
      }
      // The leads, then the companies once (503); their retry was the third call, never sent.
      expect(response.body.extensions).toEqual({ cost: { estimatedUpstreamCalls: 2, upstreamCalls: 2 } });
      expect(h.sim.requests.map((request) => request.path)).toEqual(['/api/v4/leads', '/api/v4/companies']);
    } finally {
      await h.close();
    }
  });
});
