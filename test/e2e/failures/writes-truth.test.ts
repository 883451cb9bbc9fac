import { startHarness, type Harness } from '../../helpers/harness';

const EVENTS = '/api/v1/accounts/1/deals/1/events';
const NOTE = `mutation { createDealNote(dealId: "1", input: { content: "Ligou" }) { id } }`;
const KEYED = `mutation { sendWhatsappMessage(dealId: "1", input: { appId: "2", content: "Olá", idempotencyKey: "k-1" }) { id } }`;
const LEAD = `mutation { createLeads(input: [{ name: "Deploy day" }]) { id } }`;

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ timeoutMs: 300 });
});
afterEach(() => h.close());

const extensionsOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.map((error) => error.extensions);

describe('a write whose outcome is unknown says so (extensions.outcomeUnknown)', () => {
  it.each([
    ['a 503', { status: 503, json: { error: 'unavailable' } }, 'UPSTREAM_UNAVAILABLE', 503],
    [
      'a 201 with an unreadable body',
      { status: 201, raw: '{"id": 1', contentType: 'application/json' },
      'UPSTREAM_BAD_RESPONSE',
      201,
    ],
    ['a 204 (no event in the answer)', { status: 204, raw: '' }, 'UPSTREAM_BAD_RESPONSE', 204],
  ])('WoofedCRM note without a key: %s', async (_name, fault, code, status) => {
    h.woofed.injectFault({ method: 'POST', pathPrefix: EVENTS, ...fault });
    const result = await h.query(NOTE);
    expect(result.data).toBeNull();
    expect(extensionsOf(result)).toEqual([{ code, upstream: 'woofed', status, outcomeUnknown: true }]);
    expect(h.woofed.count(EVENTS, 'POST')).toBe(1);
  });

  it('a timed-out note is outcomeUnknown, and WoofedCRM does store it once it gets to it', async () => {
    const before = h.woofed.store.events.length;
    // Delay only: the simulator then serves the POST, as a real server commits a write its client gave up on.
    h.woofed.injectFault({ method: 'POST', pathPrefix: EVENTS, status: 200, delayMs: 600 });
    const result = await h.query(NOTE);
    expect(extensionsOf(result)).toEqual([
      { code: 'UPSTREAM_UNAVAILABLE', upstream: 'woofed', status: null, outcomeUnknown: true },
    ]);
    for (let waited = 0; h.woofed.store.events.length === before && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(h.woofed.store.events).toHaveLength(before + 1);
    expect(h.woofed.count(EVENTS, 'POST')).toBe(1);
  });

  it('a refusal is not unknown: a 401 has no outcomeUnknown', async () => {
    h.woofed.injectFault({ method: 'POST', pathPrefix: EVENTS, status: 401, json: { error: 'unauthorized' } });
    expect(extensionsOf(await h.query(NOTE))).toEqual([{ code: 'UNAUTHENTICATED', upstream: 'woofed', status: 401 }]);
  });

  it('a keyed send answered with an unreadable 2xx keeps its key: repeats say outcomeUnknown and never send again', async () => {
    h.woofed.injectFault({ method: 'POST', pathPrefix: EVENTS, status: 201, raw: '<html>', contentType: 'text/html' });
    const first = await h.query(KEYED);
    const repeat = await h.query(KEYED);
    for (const result of [first, repeat]) {
      expect(result.data).toBeNull();
      expect(extensionsOf(result)).toEqual([
        { code: 'UPSTREAM_UNAVAILABLE', upstream: 'woofed', status: 201, outcomeUnknown: true },
      ]);
    }
    expect(h.woofed.count(EVENTS, 'POST')).toBe(1);
  });

  it('Kommo createLeads: a 502 or an unreadable 200 is outcomeUnknown; a 401 is not', async () => {
    h.sim.injectFault({
      method: 'POST',
      pathPrefix: '/api/v4/leads',
      status: 502,
      raw: '<html>502</html>',
      contentType: 'text/html',
    });
    h.sim.injectFault({ method: 'POST', pathPrefix: '/api/v4/leads', status: 200, json: { _embedded: { leads: [] } } });
    h.sim.injectFault({
      method: 'POST',
      pathPrefix: '/api/v4/leads',
      status: 401,
      json: { title: 'Unauthorized', status: 401 },
    });
    const [unavailable, unreadable, refused] = [await h.query(LEAD), await h.query(LEAD), await h.query(LEAD)];
    expect(extensionsOf(unavailable)).toEqual([
      expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', status: 502, outcomeUnknown: true, uncertain: [0] }),
    ]);
    expect(extensionsOf(unreadable)).toEqual([
      expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE', status: 200, outcomeUnknown: true, uncertain: [0] }),
    ]);
    expect(extensionsOf(refused)?.[0]).not.toHaveProperty('outcomeUnknown');
    expect(h.calls('/api/v4/leads')).toBe(3);
  });
});
