import { startHarness, type Harness } from '../helpers/harness';
import { CREATE_LEADS, CREATE_TASKS, UPDATE_LEAD } from './expected-errors';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const NOT_A_CHOICE = 'The value you selected is not a valid choice.';
const UNKNOWN_TAG = { id: '99' };
const calls = () => h.sim.requests.map((request) => `${request.method} ${request.path}`);
const leads = (n: number, bad?: number) => Array.from({ length: n }, (_, i) => ({ name: `L${i}`, ...(i === bad ? { tagsToAdd: [UNKNOWN_TAG] } : {}) }));

/** The error Kommo's 400 for one tag becomes, on the item at `item`. */
function tagRejection(mutation: string, item: string, extra: Record<string, unknown>) {
  const field = `${item}.tagsToAdd[0].id`;
  return {
    data: null,
    errors: [{
      message: `Kommo rejected ${field}: ${NOT_A_CHOICE}`,
      locations: [{ line: 1, column: expect.any(Number) as number }],
      path: [mutation],
      extensions: {
        code: 'BAD_USER_INPUT', field, upstream: 'kommo', status: 400,
        problems: [{ field, message: `Kommo rejected ${field}: ${NOT_A_CHOICE}`, code: 'NotSupportedChoice', upstreamPath: 'tags_to_add.0.id' }],
        ...extra,
      },
    }],
  };
}

describe("Kommo's validation-errors", () => {
  it('point at the failing item and field; nothing is stored', async () => {
    const before = h.sim.store.leads.length;
    expect(await h.query(CREATE_LEADS, { input: leads(3, 2) })).toEqual(tagRejection('createLeads', 'input[2]', { committed: [] }));
    expect(h.sim.store.leads.length).toBe(before);
    expect(calls()).toEqual(['POST /api/v4/leads']);
  });

  it('in a later batch: the error lists the items earlier batches created, and no later batch is sent', async () => {
    const before = h.sim.store.leads.length;
    const result = await h.query(CREATE_LEADS, { input: leads(600, 260) });
    const created = h.sim.store.leads.slice(before);
    expect(created.map((lead) => lead.name)).toEqual(leads(250).map((lead) => lead.name));
    expect(result).toEqual(tagRejection('createLeads', 'input[260]', { committed: created.map((lead, index) => ({ index, id: String(lead.id) })) }));
    expect(calls()).toEqual(['POST /api/v4/leads', 'POST /api/v4/leads']);
  });

  it('on an update point at input.<field>', async () => {
    const result = await h.query(UPDATE_LEAD, { input: { id: '24100001', tagsToAdd: [UNKNOWN_TAG] } });
    expect(result).toEqual(tagRejection('updateLead', 'input', {}));
    expect(calls()).toEqual(['GET /api/v4/leads', 'PATCH /api/v4/leads/24100001']);
  });

  it('on a task for a record only Kommo can check (a customer)', async () => {
    const result = await h.query(CREATE_TASKS, { input: [{ text: 'Call', completeTill: '2026-06-01T00:00:00Z', entityType: 'CUSTOMER', entityId: '36100001' }] });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input[0].entityId', problems: [{ field: 'input[0].entityId', code: 'NotSupportedChoice', upstreamPath: 'entity_id' }],
    });
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
      errors: [{
        message: 'Kommo is unavailable (HTTP 503); input[0..249] were created (extensions.committed); whether input[250..299] were created is unknown',
        locations: [{ line: 1, column: expect.any(Number) as number }],
        path: ['createLeads'],
        extensions: {
          code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: 503,
          committed: created.map((lead, index) => ({ index, id: String(lead.id) })),
          uncertain: Array.from({ length: 50 }, (_, i) => 250 + i),
        },
      }],
    });
    expect(calls()).toEqual(['POST /api/v4/leads', 'POST /api/v4/leads']);
  });

  it('an update that fails with 503 is reported as such and sent once', async () => {
    h.sim.injectFault({ method: 'PATCH', pathPrefix: '/api/v4/leads', status: 503 });
    const result = await h.query(UPDATE_LEAD, { input: { id: '24100001', name: 'x' } });
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: 503 }]);
    expect(calls()).toEqual(['GET /api/v4/leads', 'PATCH /api/v4/leads/24100001']);
  });
});
