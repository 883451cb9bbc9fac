import type { HarnessOptions } from '../../helpers/harness';
import { eventsPath, startDealHarness, type DealHarness } from './deal-harness';

let h: DealHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(options: HarnessOptions = {}): Promise<DealHarness> {
  h = await startDealHarness(options);
  return h;
}

const SEND = `mutation { sendWhatsappMessage(dealId: "1", input: { appId: "2", content: "Olá" }) { id } }`;
const SEND_TO_MISSING_DEAL = `mutation { sendWhatsappMessage(dealId: "9999", input: { appId: "2", content: "Olá" }) { id } }`;
const LOCATIONS = [{ line: 1, column: 12 }];

function failure(message: string, code: string, status: number | null, extra: Record<string, unknown> = {}) {
  return {
    data: null,
    errors: [
      {
        message,
        locations: LOCATIONS,
        path: ['sendWhatsappMessage'],
        extensions: { code, upstream: 'woofed', status, ...extra },
      },
    ],
  };
}

describe('WoofedCRM failures map to contract codes; a write is sent exactly once', () => {
  it('401 (wrong token) → UNAUTHENTICATED; the token appears in no error and no log line', async () => {
    const harness = await start({ woofedGatewayToken: 'woofed-secret-token-123' });
    const result = await harness.query(SEND);
    expect(result).toEqual(failure('WoofedCRM rejected the credentials (HTTP 401)', 'UNAUTHENTICATED', 401));
    expect(harness.woofed.count(eventsPath(1), 'POST')).toBe(1);
    expect(JSON.stringify(result) + harness.logger.text()).not.toContain('woofed-secret-token-123');
  });

  it('404 (no such deal) → NOT_FOUND, nothing stored', async () => {
    const harness = await start();
    const before = harness.woofed.store.events.length;
    expect(await harness.query(SEND_TO_MISSING_DEAL)).toEqual(
      failure('WoofedCRM found no such resource (HTTP 404)', 'NOT_FOUND', 404),
    );
    expect(harness.woofed.count(eventsPath(9999), 'POST')).toBe(1);
    expect(harness.woofed.store.events).toHaveLength(before);
  });

  it("422 → BAD_USER_INPUT with WoofedCRM's own messages in extensions.problems", async () => {
    const harness = await start();
    harness.woofed.injectFault({
      method: 'POST',
      pathPrefix: eventsPath(1),
      status: 422,
      json: { errors: ["Type can't be blank", 'Contact must exist'] },
    });
    expect(await harness.query(SEND)).toEqual(
      failure(
        "WoofedCRM rejected the request (HTTP 422): Type can't be blank; Contact must exist",
        'BAD_USER_INPUT',
        422,
        { problems: [{ detail: "Type can't be blank" }, { detail: 'Contact must exist' }] },
      ),
    );
    expect(harness.woofed.count(eventsPath(1), 'POST')).toBe(1);
  });

  it('500 (Rails error page echoing the token) → UPSTREAM_UNAVAILABLE, never retried, token redacted everywhere', async () => {
    const harness = await start();
    harness.woofed.injectFault({
      method: 'POST',
      pathPrefix: eventsPath(1),
      status: 500,
      raw: `<html><body>We're sorry, but something went wrong (Bearer ${harness.woofed.token})</body></html>`,
      contentType: 'text/html',
    });
    const result = await harness.query(SEND);
    expect(result).toEqual(
      failure('WoofedCRM is unavailable (HTTP 500)', 'UPSTREAM_UNAVAILABLE', 500, { outcomeUnknown: true }),
    );
    expect(harness.woofed.count(eventsPath(1), 'POST')).toBe(1);
    expect(JSON.stringify(result) + harness.logger.text()).not.toContain(harness.woofed.token);
  });

  it('a timeout → UPSTREAM_UNAVAILABLE (status null), never retried (the write may have happened)', async () => {
    const harness = await start({ timeoutMs: 50 });
    harness.woofed.injectFault({ method: 'POST', pathPrefix: eventsPath(1), status: 201, json: {}, delayMs: 200 });
    expect(await harness.query(SEND)).toEqual(
      failure('WoofedCRM timed out after 50 ms', 'UPSTREAM_UNAVAILABLE', null, { outcomeUnknown: true }),
    );
    expect(harness.woofed.count(eventsPath(1), 'POST')).toBe(1);
  });

  it('a 201 whose event is unreadable → UPSTREAM_BAD_RESPONSE, without the body', async () => {
    const harness = await start();
    harness.woofed.injectFault({
      method: 'POST',
      pathPrefix: eventsPath(1),
      status: 201,
      json: { id: 5, kind: 'note', secret: 'x' },
    });
    expect(await harness.query(SEND)).toEqual(
      failure(
        'WoofedCRM answered with a body that is not of the documented shape (HTTP 201)',
        'UPSTREAM_BAD_RESPONSE',
        201,
        { outcomeUnknown: true },
      ),
    );
  });

  it('reads are retried: a 503 on GET /deals/:id then success serves the deal after one retry', async () => {
    const harness = await start();
    harness.woofed.injectFault({
      method: 'GET',
      pathPrefix: '/api/v1/accounts/1/deals/1',
      status: 503,
      json: { status: 503, error: 'Service Unavailable' },
    });
    expect(await harness.query(`{ deal(id: "1") { id } }`)).toEqual({ data: { deal: { id: '1' } } });
    expect(harness.woofed.count('/api/v1/accounts/1/deals/1', 'GET')).toBe(2);
  });

  it('a read that keeps failing → the deal is null with UPSTREAM_UNAVAILABLE', async () => {
    const harness = await start({ retry: { maxRetries: 1 } });
    harness.woofed.injectFault({
      method: 'GET',
      pathPrefix: '/api/v1/accounts/1/deals/1',
      status: 502,
      raw: 'Bad Gateway',
      times: 2,
    });
    expect(await harness.query(`{ deal(id: "1") { id } }`)).toEqual({
      data: { deal: null },
      errors: [
        {
          message: 'WoofedCRM is unavailable (HTTP 502)',
          locations: [{ line: 1, column: 3 }],
          path: ['deal'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'woofed', status: 502 },
        },
      ],
    });
    expect(harness.woofed.count('/api/v1/accounts/1/deals/1', 'GET')).toBe(2);
  });
});
