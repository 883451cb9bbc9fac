import { ALLOWED_REQUEST_HEADERS } from '../../../src/edge/cors';
import { type EdgeHarness, startEdgeHarness } from './edge-harness';

const APP = 'https://crm.example.com';

async function preflight(h: EdgeHarness, origin: string) {
  const response = await fetch(h.gateway.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-api-key, x-evil-header',
    },
  });
  await response.arrayBuffer();
  return {
    status: response.status,
    origin: response.headers.get('access-control-allow-origin'),
    headers: response.headers.get('access-control-allow-headers'),
    credentials: response.headers.get('access-control-allow-credentials'),
    vary: response.headers.get('vary'),
  };
}

describe('CORS_ORIGINS', () => {
  it('answers only the listed origins, with a fixed list of request headers, never credentials', async () => {
    const h = await startEdgeHarness({ CORS_ORIGINS: `${APP},https://admin.example.com` });
    try {
      expect(await preflight(h, APP)).toEqual({
        status: 204,
        origin: APP,
        headers: ALLOWED_REQUEST_HEADERS.join(', '),
        credentials: null,
        vary: 'origin',
      });
      expect(await preflight(h, 'https://evil.example.net')).toEqual({
        status: 204,
        origin: null,
        headers: null,
        credentials: null,
        vary: 'origin',
      });
      const answer = await h.send({ body: { query: '{ __typename }' }, headers: { origin: APP } });
      expect([
        answer.status,
        answer.headers.get('access-control-allow-origin'),
        answer.headers.get('access-control-expose-headers'),
        answer.headers.get('x-request-id') !== null,
      ]).toEqual([200, APP, 'x-request-id', true]);
      const foreign = await h.send({
        body: { query: '{ __typename }' },
        headers: { origin: 'https://evil.example.net' },
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await h.close();
    }
  });

  it('answers a literal * (which browsers never pair with credentials) when any origin may call', async () => {
    const h = await startEdgeHarness({ CORS_ORIGINS: '*' });
    try {
      expect(await preflight(h, 'https://anywhere.example.org')).toEqual({
        status: 204,
        origin: '*',
        headers: ALLOWED_REQUEST_HEADERS.join(', '),
        credentials: null,
        vary: null,
      });
    } finally {
      await h.close();
    }
  });

  it('answers no origin outside demo mode unless CORS_ORIGINS lists it', async () => {
    // The edge of a production configuration (its upstream settings are not used: the simulators stand in).
    const h = await startEdgeHarness({
      KOMMO_BASE_URL: 'https://acme.kommo.com',
      KOMMO_TOKEN: 'kommo-token',
      WOOFED_BASE_URL: 'https://app.woofedcrm.com',
      WOOFED_TOKEN: 'woofed-token',
      ALLOW_ANONYMOUS: 'true',
    });
    try {
      expect(await preflight(h, APP)).toMatchObject({ status: 204, origin: null, headers: null });
    } finally {
      await h.close();
    }
  });
});
