import { boot } from '../../../src/boot';
import { loadConfig } from '../../../src/config';
import { ALLOWED_REQUEST_HEADERS } from '../../../src/edge/cors';
import { recordingLogger } from '../../helpers/recording-logger';

describe('npm start without configuration', () => {
  it('boots in demo mode, says so first, serves /health and the timeline against the simulators', async () => {
    const logger = recordingLogger();
    const running = await boot(loadConfig({ PORT: '0', KOMMO_RATE_LIMIT_RPS: '50' }), logger);
    try {
      expect(logger.entries[0]?.level).toBe('warn');
      expect(logger.entries[0]?.message).toMatch(/^DEMO MODE: KOMMO_BASE_URL and WOOFED_BASE_URL are unset/);
      expect(logger.entries[1]?.message).toBe(
        `Ponte is serving GraphQL at http://localhost:${running.gateway.port}/graphql (demo mode)`,
      );
      const base = running.gateway.url.replace('/graphql', '');
      const health = await fetch(`${base}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      const preflight = await fetch(running.gateway.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://sandbox.embed.apollographql.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect([
        preflight.status,
        preflight.headers.get('access-control-allow-origin'),
        preflight.headers.get('access-control-allow-headers'),
      ]).toEqual([204, '*', ALLOWED_REQUEST_HEADERS.join(', ')]);
      const missing = await fetch(`${base}/nope`);
      expect(missing.status).toBe(404);
      await missing.arrayBuffer();
      const response = await fetch(running.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ events(first: 3) { nodes { __typename id createdBy { name } } } }' }),
      });
      const body = (await response.json()) as { data: { events: { nodes: unknown[] } } };
      expect(body.data.events.nodes).toHaveLength(3);
      const introspection = await fetch(running.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __type(name: "KommoEvent") { kind possibleTypes { name } } }' }),
      });
      const type = (await introspection.json()) as { data: { __type: { kind: string; possibleTypes: unknown[] } } };
      expect(type.data.__type.kind).toBe('INTERFACE');
      expect(type.data.__type.possibleTypes).toHaveLength(17);
    } finally {
      await running.stop();
    }
  });
});
