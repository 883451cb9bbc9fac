import { startKommoSimulator, type KommoSimulator } from '../../../src/demo/kommo';
import { closeSimulators } from '../../helpers/armed-faults';
import { get } from './kommo-helpers';

let sims: KommoSimulator[] = [];

async function start(options: Parameters<typeof startKommoSimulator>[0]): Promise<KommoSimulator> {
  const sim = await startKommoSimulator(options);
  sims.push(sim);
  return sim;
}

afterEach(async () => {
  const started = sims;
  sims = [];
  await closeSimulators(Object.fromEntries(started.map((sim, index) => [`Kommo #${index + 1}`, sim])));
});

const burst = (sim: KommoSimulator, n: number, path = '/api/v4/account') =>
  Promise.all(Array.from({ length: n }, () => get(sim, path)));

describe('rate limiting', () => {
  it('answers 429 problem JSON with retry_after beyond rateLimitRps requests in one window', async () => {
    const sim = await start({ rateLimitRps: 3 });
    const replies = await burst(sim, 6);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 429, 429, 429]);
    const refused = replies.find((r) => r.status === 429);
    expect(refused?.contentType).toBe('application/problem+json');
    expect(refused?.body).toEqual({
      title: 'Too Many Requests',
      type: 'https://httpstatus.es/429',
      status: 429,
      detail: 'You have sent too many requests in a given amount of time. Please try again later.',
      retry_after: 1,
    });
  });

  it('answers the nginx HTML page in html mode, without Retry-After', async () => {
    const sim = await start({ rateLimitRps: 1, rateLimitMode: 'html' });
    const response = await Promise.all(
      [0, 1].map(() => fetch(`${sim.url}/api/v4/users`, { headers: { authorization: `Bearer ${sim.token}` } })),
    );
    const refused = response.find((r) => r.status === 429);
    expect(refused?.headers.get('content-type')).toBe('text/html');
    expect(refused?.headers.get('retry-after')).toBeNull();
    expect(await refused?.text()).toContain('<h1>429 Too Many Requests</h1>');
    await Promise.all(response.map((r) => r.text().catch(() => '')));
  });

  it('bans with a 403 nginx page on every request after banAfter429s refusals', async () => {
    const sim = await start({ rateLimitRps: 1, banAfter429s: 2 });
    const replies = await burst(sim, 4);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 403, 429, 429]);
    for (const token of [sim.token, null]) {
      const banned = await get(sim, '/api/v4/leads', token);
      expect(banned.status).toBe(403);
      expect(banned.contentType).toBe('text/html');
      expect(banned.text).toContain('403 Forbidden');
    }
  });

  it('does not count unauthenticated requests against the budget', async () => {
    const sim = await start({ rateLimitRps: 2 });
    const anonymous = await Promise.all([0, 1, 2, 3].map(() => get(sim, '/api/v4/account', null)));
    expect(anonymous.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect((await get(sim, '/api/v4/account')).status).toBe(200);
  });
});

describe('injected faults, recording and latency', () => {
  it('serves a fault once, before auth, then behaves normally', async () => {
    const sim = await start({});
    sim.injectFault({ pathPrefix: '/api/v4/leads', status: 500 });
    const faulted = await get(sim, '/api/v4/leads', null);
    expect(faulted.status).toBe(500);
    expect(faulted.body).toMatchObject({ status: 500, type: 'https://httpstatus.es/500' });
    expect((await get(sim, '/api/v4/leads?limit=1')).status).toBe(200);
  });

  it('matches method and path prefix, honours times, raw bodies and headers', async () => {
    const sim = await start({});
    sim.injectFault({ method: 'post', status: 502 });
    sim.injectFault({
      pathPrefix: '/api/v4/events',
      status: 503,
      raw: '<html>down</html>',
      headers: { 'x-fault': 'yes' },
      times: 2,
    });
    expect((await get(sim, '/api/v4/account')).status).toBe(200);
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(`${sim.url}/api/v4/events`, { headers: { authorization: `Bearer ${sim.token}` } });
      expect([
        response.status,
        response.headers.get('content-type'),
        response.headers.get('x-fault'),
        await response.text(),
      ]).toEqual([503, 'text/html', 'yes', '<html>down</html>']);
    }
    expect((await get(sim, '/api/v4/events?limit=1')).status).toBe(200);
    const posted = await fetch(`${sim.url}/api/v4/leads`, { method: 'POST', body: '[]' });
    expect(posted.status).toBe(502);
    await posted.text();
  });

  it('serves a JSON fault and a delay-only fault', async () => {
    const sim = await start({});
    sim.injectFault({ status: 200, json: { _embedded: { leads: 'not-a-list' } } });
    const custom = await get(sim, '/api/v4/leads');
    expect([custom.status, custom.body]).toEqual([200, { _embedded: { leads: 'not-a-list' } }]);
    sim.injectFault({ status: 200, delayMs: 20 });
    expect((await get(sim, '/api/v4/users', null)).status).toBe(401);
  });

  it('records every request, including refused and faulted ones', async () => {
    const sim = await start({ rateLimitRps: 1 });
    sim.injectFault({ pathPrefix: '/api/v4/tasks', status: 504 });
    await get(sim, '/api/v4/tasks?filter[id]=1');
    await get(sim, '/api/v4/leads', null);
    await burst(sim, 2, '/api/v4/leads');
    expect(sim.requests.map((r) => r.path)).toEqual([
      '/api/v4/tasks',
      '/api/v4/leads',
      '/api/v4/leads',
      '/api/v4/leads',
    ]);
    expect(sim.requests[0]?.query.get('filter[id]')).toBe('1');
    expect(sim.count('/api/v4/leads')).toBe(3);
    expect(sim.count('/api/v4/', 'get')).toBe(4);
    expect(sim.count('/api/v4/', 'POST')).toBe(0);
    sim.resetRequests();
    expect(sim.requests).toHaveLength(0);
    expect(sim.count()).toBe(0);
  });

  it('applies latency and closes cleanly while a delayed request is pending', async () => {
    const sim = await start({ latencyMs: 5 });
    expect((await get(sim, '/api/v4/account')).status).toBe(200);
    sim.setLatency(0);
    sim.injectFault({ status: 200, delayMs: 60_000 });
    const pending = fetch(`${sim.url}/api/v4/account`, { headers: { authorization: `Bearer ${sim.token}` } }).then(
      (response) => response.status,
      () => 'aborted',
    );
    while (sim.requests.length < 2) await new Promise((resolve) => setImmediate(resolve));
    await sim.close();
    expect(await pending).toBe('aborted');
  });
});
