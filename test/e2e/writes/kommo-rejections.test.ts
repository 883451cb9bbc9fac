import { startHarness, type Harness } from '../../helpers/harness';
import { CREATE_LEADS, UPDATE_LEAD, rejected } from './expected-errors';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const NOT_A_CHOICE = 'The value you selected is not a valid choice.';
const UNKNOWN_TAG = { id: '99' };
const calls = () => h.sim.requests.map((request) => `${request.method} ${request.path}`);
const leads = (n: number, bad?: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `L${i}`, ...(i === bad ? { tagsToAdd: [UNKNOWN_TAG] } : {}) }));

/**
 * Kommo still lists tag 99 when Ponte checks, but it is gone when the write arrives (deleted in
 * between): only Kommo can refuse the write then.
 */
function tagDeletedAfterTheCheck(): void {
  h.sim.injectFault({
    method: 'GET',
    pathPrefix: '/api/v4/leads/tags',
    status: 200,
    json: { _page: 1, _links: {}, _embedded: { tags: [{ id: 99, name: 'gone', color: null }] } },
  });
}

/** The error Kommo's 400 for one tag becomes, on the item at `item`. */
function tagRejection(mutation: string, item: string, extra: Record<string, unknown>) {
  const field = `${item}.tagsToAdd[0].id`;
  return {
    data: null,
    errors: [
      {
        message: `Kommo rejected ${field}: ${NOT_A_CHOICE}`,
        locations: [{ line: 1, column: expect.any(Number) as number }],
        path: [mutation],
        extensions: {
          code: 'BAD_USER_INPUT',
          field,
          upstream: 'kommo',
          status: 400,
          problems: [
            {
              field,
              message: `Kommo rejected ${field}: ${NOT_A_CHOICE}`,
              code: 'NotSupportedChoice',
              upstreamPath: 'tags_to_add.0.id',
            },
          ],
          ...extra,
        },
      },
    ],
  };
}

describe('unknown tag ids are refused before anything is written', () => {
  it('in any batch: one tags call per entity type, no write at all', async () => {
    const before = h.sim.store.leads.length;
    expect(await h.query(CREATE_LEADS, { input: leads(600, 260) })).toEqual(
      rejected('createLeads', [['input[260].tagsToAdd[0].id', 'no lead tag with id 99']]),
    );
    expect(h.sim.store.leads.length).toBe(before);
    expect(calls()).toEqual(['GET /api/v4/leads/tags']);
    expect(h.sim.requests[0]?.query.getAll('filter[id][]')).toEqual(['99']);
  });

  it('on an update, to add or to delete', async () => {
    const result = await h.query(UPDATE_LEAD, {
      input: { id: '24100001', tagsToAdd: [{ id: '30001' }], tagsToDelete: [UNKNOWN_TAG] },
    });
    expect(result).toEqual(rejected('updateLead', [['input.tagsToDelete[0].id', 'no lead tag with id 99']]));
    expect(calls().sort()).toEqual(['GET /api/v4/leads', 'GET /api/v4/leads/tags']);
    expect(
      h.sim.requests.find((request) => request.path === '/api/v4/leads/tags')?.query.getAll('filter[id][]'),
    ).toEqual(['30001', '99']);
  });
});

describe("Kommo's validation-errors", () => {
  it('point at the failing item and field; nothing is stored', async () => {
    tagDeletedAfterTheCheck();
    const before = h.sim.store.leads.length;
    expect(await h.query(CREATE_LEADS, { input: leads(3, 2) })).toEqual(
      tagRejection('createLeads', 'input[2]', { committed: [] }),
    );
    expect(h.sim.store.leads.length).toBe(before);
    expect(calls()).toEqual(['GET /api/v4/leads/tags', 'POST /api/v4/leads']);
  });

  it('in a later batch: the error lists the items earlier batches created, and no later batch is sent', async () => {
    tagDeletedAfterTheCheck();
    const before = h.sim.store.leads.length;
    const result = await h.query(CREATE_LEADS, { input: leads(600, 260) });
    const created = h.sim.store.leads.slice(before);
    expect(created.map((lead) => lead.name)).toEqual(leads(250).map((lead) => lead.name));
    expect(result).toEqual(
      tagRejection('createLeads', 'input[260]', {
        committed: created.map((lead, index) => ({ index, id: String(lead.id) })),
      }),
    );
    expect(calls()).toEqual(['GET /api/v4/leads/tags', 'POST /api/v4/leads', 'POST /api/v4/leads']);
  });

  it('on an update point at input.<field>', async () => {
    tagDeletedAfterTheCheck();
    const result = await h.query(UPDATE_LEAD, { input: { id: '24100001', tagsToAdd: [UNKNOWN_TAG] } });
    expect(result).toEqual(tagRejection('updateLead', 'input', {}));
    expect(calls().sort()).toEqual(['GET /api/v4/leads', 'GET /api/v4/leads/tags', 'PATCH /api/v4/leads/24100001']);
  });
});

describe('other upstream failures of a write', () => {
  it('a batch that fails with 503: its outcome is uncertain, earlier batches are committed, the write is not retried', async () => {
    h.sim.injectFault({ method: 'POST', pathPrefix: '/api/v4/leads', status: 200 });
    h.sim.injectFault({ method: 'POST', pathPrefix: '/api/v4/leads', status: 503 });
    const before = h.sim.store.leads.length;
    const result = await h.query(CREATE_LEADS, { input: leads(300) });
    const created = h.sim.store.leads.slice(before);
    expect(created).toHaveLength(250);
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message:
            'Kommo is unavailable (HTTP 503); input[0..249] were created (extensions.committed); whether input[250..299] were created is unknown',
          locations: [{ line: 1, column: expect.any(Number) as number }],
          path: ['createLeads'],
          extensions: {
            code: 'UPSTREAM_UNAVAILABLE',
            upstream: 'kommo',
            status: 503,
            outcomeUnknown: true,
            committed: created.map((lead, index) => ({ index, id: String(lead.id) })),
            uncertain: Array.from({ length: 50 }, (_, i) => 250 + i),
          },
        },
      ],
    });
    expect(calls()).toEqual(['POST /api/v4/leads', 'POST /api/v4/leads']);
  });

  it('a batch refused with 429 was not written: nothing is uncertain, earlier batches are committed', async () => {
    h.sim.injectFault({ method: 'POST', pathPrefix: '/api/v4/leads', status: 200 });
    h.sim.injectFault({ method: 'POST', pathPrefix: '/api/v4/leads', status: 429 });
    const before = h.sim.store.leads.length;
    const result = await h.query(CREATE_LEADS, { input: leads(300) });
    const created = h.sim.store.leads.slice(before);
    expect(created).toHaveLength(250);
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message: 'Kommo rate limit exceeded (HTTP 429); input[0..249] were created (extensions.committed)',
          locations: [{ line: 1, column: expect.any(Number) as number }],
          path: ['createLeads'],
          extensions: {
            code: 'UPSTREAM_RATE_LIMITED',
            upstream: 'kommo',
            status: 429,
            committed: created.map((lead, index) => ({ index, id: String(lead.id) })),
          },
        },
      ],
    });
    expect(calls()).toEqual(['POST /api/v4/leads', 'POST /api/v4/leads']);
  });

  it('an update that fails with 503 is reported as such and sent once', async () => {
    h.sim.injectFault({ method: 'PATCH', pathPrefix: '/api/v4/leads', status: 503 });
    const result = await h.query(UPDATE_LEAD, { input: { id: '24100001', name: 'x' } });
    expect(result.errors?.map((error) => error.extensions)).toEqual([
      { code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: 503, outcomeUnknown: true },
    ]);
    expect(calls()).toEqual(['GET /api/v4/leads', 'PATCH /api/v4/leads/24100001']);
  });
});
