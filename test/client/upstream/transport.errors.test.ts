import {
  UpstreamAuthError,
  UpstreamBadResponseError,
  UpstreamForbiddenError,
  UpstreamNotFoundError,
  UpstreamUnavailableError,
  UpstreamValidationError,
} from '../../../src/upstream/errors';
import { failureOf, TOKEN, transportHarness } from './fixture';
import { html, json, KOMMO_BAN_PAGE, refusedPort } from './script-server';
import { Transport } from '../../../src/upstream/transport';

const harness = transportHarness();
afterEach(() => harness.teardown());

const KOMMO_VALIDATION = {
  'validation-errors': [
    {
      request_id: '0',
      errors: [
        {
          code: 'NotSupportedChoice',
          path: 'custom_fields_values.0.field_id',
          detail: 'The value you selected is not a valid choice.',
        },
        { code: 'InvalidType', path: 'status_id', detail: 'This value should be of type array.' },
      ],
    },
  ],
  title: 'Bad Request',
  type: 'https://httpstatus.es/400',
  status: 400,
  detail: 'Request validation failed',
};

const LEADS = { method: 'GET', path: '/api/v4/leads' } as const;

describe('Transport: error statuses', () => {
  it('parses Kommo problem+json validation errors exactly', async () => {
    const { transport } = await harness.start([json(400, KOMMO_VALIDATION, 'application/problem+json')]);

    const error = await failureOf(transport.request({ method: 'POST', path: '/api/v4/leads', body: [{}] }));

    expect(error).toBeInstanceOf(UpstreamValidationError);
    expect(error).toMatchObject({ kind: 'VALIDATION', upstream: 'kommo', status: 400 });
    expect((error as UpstreamValidationError).problems).toEqual([
      {
        requestId: '0',
        code: 'NotSupportedChoice',
        path: 'custom_fields_values.0.field_id',
        detail: 'The value you selected is not a valid choice.',
      },
      { requestId: '0', code: 'InvalidType', path: 'status_id', detail: 'This value should be of type array.' },
    ]);
  });

  it('parses a WoofedCRM 422 error list', async () => {
    const { transport } = await harness.start([json(422, { errors: ["Type can't be blank", 'Deal must exist'] })]);

    const error = await failureOf(transport.request({ method: 'POST', path: '/events', body: {} }));

    expect(error).toBeInstanceOf(UpstreamValidationError);
    expect((error as UpstreamValidationError).problems).toEqual([
      { detail: "Type can't be blank" },
      { detail: 'Deal must exist' },
    ]);
    expect((error as Error).message).toBe(
      "Kommo rejected the request (HTTP 422): Type can't be blank; Deal must exist",
    );
  });

  it('keeps a 400 with an HTML body a validation error with a generic problem', async () => {
    const { transport } = await harness.start([html(400)]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/leads' }));

    expect((error as UpstreamValidationError).problems).toEqual([{ detail: 'Kommo rejected the request' }]);
  });

  it('maps 401 to UpstreamAuthError', async () => {
    const body = { title: 'Unauthorized', status: 401, detail: 'Invalid user name or password' };
    const { server, transport } = await harness.start([json(401, body, 'application/problem+json')]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/account' }));

    expect(error).toBeInstanceOf(UpstreamAuthError);
    expect(error).toMatchObject({ kind: 'UNAUTHENTICATED', status: 401 });
    expect((error as Error).message).toBe('Kommo rejected the credentials (HTTP 401)');
    expect(server.requests).toHaveLength(1);
  });

  it("flags Kommo's 403 ban page as a ban and never retries it", async () => {
    const { server, transport } = await harness.start([html(403, KOMMO_BAN_PAGE), json(200, {})]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/leads' }));

    expect(error).toBeInstanceOf(UpstreamForbiddenError);
    expect(error).toMatchObject({ kind: 'FORBIDDEN', status: 403, banned: true });
    expect((error as Error).message).toBe('Kommo has blocked this client (HTTP 403 ban page)');
    expect(server.requests).toHaveLength(1);
  });

  it("does not flag an HTML 403 that is not Kommo's ban page, and lets the next call through", async () => {
    const waf = '<html><head><title>Access denied</title></head><body>Request blocked by policy</body></html>';
    const { server, transport } = await harness.start([html(403, waf), json(200, { ok: true })]);

    expect(await failureOf(transport.request(LEADS))).toMatchObject({ kind: 'FORBIDDEN', status: 403, banned: false });
    await expect(transport.request(LEADS)).resolves.toMatchObject({ body: { ok: true } });
    expect(server.requests).toHaveLength(2);
  });

  it('does not flag a JSON 403 or a 402 as a ban', async () => {
    const { transport } = await harness.start([json(403, { detail: 'Access denied' }), json(402, {})]);

    const forbidden = await failureOf(transport.request({ method: 'GET', path: '/api/v4/users' }));
    const payment = await failureOf(transport.request({ method: 'GET', path: '/api/v4/users' }));

    expect(forbidden).toMatchObject({ kind: 'FORBIDDEN', status: 403, banned: false });
    expect(payment).toMatchObject({ kind: 'FORBIDDEN', status: 402, banned: false });
  });

  it('maps 404 to UpstreamNotFoundError', async () => {
    const { transport } = await harness.start([json(404, { errors: 'Not found' })]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/deals/9999' }));

    expect(error).toBeInstanceOf(UpstreamNotFoundError);
    expect(error).toMatchObject({ kind: 'NOT_FOUND', status: 404 });
  });

  it.each([302, 405, 409])('maps an unexpected %i to UpstreamBadResponseError', async (status) => {
    const { transport } = await harness.start([{ status, headers: { location: '/elsewhere' }, body: 'nope' }]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/leads' }));

    expect(error).toBeInstanceOf(UpstreamBadResponseError);
    expect(error).toMatchObject({ status, reason: 'unexpected status' });
  });

  it('classifies a huge error page without buffering it whole', async () => {
    const { transport } = await harness.start([html(502, `<html>${'x'.repeat(2_000_000)}</html>`)]);

    const error = await failureOf(transport.request({ method: 'POST', path: '/api/v4/leads', body: [] }));

    expect(error).toMatchObject({ kind: 'UNAVAILABLE', status: 502, timedOut: false });
  });
});

describe('Transport: timeouts and connection errors', () => {
  it('times out a slow upstream with timedOut=true', async () => {
    const { transport } = await harness.start([{ ...json(200, {}), delayMs: 10_000 }], {
      timeoutMs: 100,
      retry: { maxRetries: 0 },
    });

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/events' }));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', status: undefined, timedOut: true });
    expect((error as Error).message).toBe('Kommo timed out after 100 ms');
  });

  it('maps a refused connection to UpstreamUnavailableError', async () => {
    const port = await refusedPort();
    const transport = new Transport({
      upstream: 'woofed',
      baseUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      timeoutMs: 2000,
      retry: { maxRetries: 0 },
    });
    try {
      const error = await failureOf(transport.request({ method: 'GET', path: '/api/v1/accounts/1/deals/1' }));

      expect(error).toBeInstanceOf(UpstreamUnavailableError);
      expect(error).toMatchObject({ upstream: 'woofed', status: undefined, timedOut: false });
      expect((error as Error).message).toBe('WoofedCRM is unreachable (ECONNREFUSED)');
    } finally {
      await transport.close();
    }
  });
});
