import { createServices } from '../../../src/app';
import { startKommoSimulator, type KommoSimulator } from '../../../src/demo/kommo';
import { Readiness } from '../../../src/readiness';
import { buildPonteSchema } from '../../../src/schema/build-schema';
import { startGateway, type RunningGateway } from '../../../src/server';
import { recordingLogger } from '../../helpers/recording-logger';
import { bootAgainstSimulators } from './booted';

describe('GET /ready and /health', () => {
  it('answers 200 ready once boot is done, with /health beside it', async () => {
    const h = await bootAgainstSimulators();
    try {
      const ready = await fetch(`${h.base}/ready`);
      const health = await fetch(`${h.base}/health`);
      expect([ready.status, await ready.json(), health.status, await health.json()]).toEqual([
        200,
        { status: 'ready' },
        200,
        { status: 'ok' },
      ]);
      expect(h.sim.requests).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});

describe('a gateway that cannot serve, and errors of the HTTP layer', () => {
  let sim: KommoSimulator;
  let gateway: RunningGateway;
  let services: ReturnType<typeof createServices>;
  const readiness = new Readiness();
  const logger = recordingLogger();

  beforeAll(async () => {
    sim = await startKommoSimulator({ rateLimitRps: 1000 });
    services = createServices({
      kommo: { baseUrl: sim.url, token: sim.token },
      kommoRateLimitRps: 1000,
      upstreamTimeoutMs: 2000,
      logger,
      readiness,
    });
    gateway = await startGateway(await buildPonteSchema(), services, {
      port: 0,
      routes: [
        {
          path: /^\/webhooks\/kommo\/[^/]+$/,
          handle: () => {
            throw new Error('the receiver broke');
          },
        },
      ],
    });
  });

  afterAll(async () => {
    await gateway.stop();
    await services.close();
    await sim.close();
  });

  const base = (): string => gateway.url.replace(/\/graphql$/, '');

  it('answers 503 with every reason while a part stops it, 200 again once they are cleared; /health stays 200', async () => {
    readiness.set('boot', 'starting');
    readiness.set('redis', 'unreachable (connect ECONNREFUSED)');
    const starting = await fetch(`${base()}/ready`);
    const health = await fetch(`${base()}/health`);
    readiness.set('boot', undefined);
    readiness.set('redis', undefined);
    const ready = await fetch(`${base()}/ready`);

    expect([starting.status, starting.headers.get('content-type'), await starting.json()]).toEqual([
      503,
      'application/json',
      { status: 'unavailable', reasons: { boot: 'starting', redis: 'unreachable (connect ECONNREFUSED)' } },
    ]);
    expect([health.status, ready.status]).toEqual([200, 200]);
    await Promise.all([health.arrayBuffer(), ready.arrayBuffer()]);
    expect(sim.requests).toHaveLength(0);
  });

  it('logs an error that escapes a route with its pattern, never the path (which may carry a secret)', async () => {
    const response = await fetch(`${base()}/webhooks/kommo/path-secret-0123456789`, { method: 'POST' });

    expect([response.status, await response.json()]).toEqual([
      500,
      { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    ]);
    expect(logger.entries.filter((entry) => entry.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'HTTP request failed',
        fields: {
          method: 'POST',
          route: String(/^\/webhooks\/kommo\/[^/]+$/),
          requestId: null,
          error: 'Error: the receiver broke',
        },
      },
    ]);
    expect(logger.text()).not.toContain('path-secret-0123456789');
  });

  it('serves /metrics only when the gateway was given metrics', async () => {
    const response = await fetch(`${base()}/metrics`);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });
});
