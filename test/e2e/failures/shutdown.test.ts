import { spawnGateway, type SpawnedGateway } from './spawned-gateway';

const CREATE = `mutation { createLeads(input: [{ name: "Deploy day" }]) { id name } }`;
const LEADS = '/api/v4/leads';

let g: SpawnedGateway | undefined;
afterEach(async () => {
  await g?.close();
  g = undefined;
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 10_000) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('SIGTERM: stop accepting, finish what is in flight, exit 0', () => {
  it('a createLeads in flight at SIGTERM completes with data, then the process exits 0', async () => {
    g = await spawnGateway({ SHUTDOWN_GRACE_MS: '8000' });
    const gateway = g;
    // Delay only: Kommo answers the POST (and stores the lead) after 1.5 s.
    gateway.sim.injectFault({ method: 'POST', pathPrefix: LEADS, status: 200, delayMs: 1500 });
    const before = gateway.sim.store.leads.length;
    const response = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CREATE }),
    });
    await until(() => gateway.sim.requests.some((r) => r.method === 'POST' && r.path === LEADS), 'the POST arrives');
    gateway.child.kill('SIGTERM');

    const body = (await (await response).json()) as { data?: { createLeads: Array<{ id: string; name: string }> } };
    const created = gateway.sim.store.leads.slice(before);
    expect(created).toHaveLength(1);
    expect(body).toEqual({
      data: { createLeads: [{ id: String(created[0]?.id), name: 'Deploy day' }] },
      extensions: { cost: { estimatedUpstreamCalls: 2, upstreamCalls: 2 } },
    });
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    // Stopped accepting: a new connection is refused.
    await expect(fetch(gateway.url, { method: 'POST' })).rejects.toThrow();
    expect(gateway.output()).toContain('shutting down');
  });

  it('a request past SHUTDOWN_GRACE_MS is cut, and the process still exits 0', async () => {
    g = await spawnGateway({ SHUTDOWN_GRACE_MS: '300' });
    const gateway = g;
    gateway.sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/events', status: 200, delayMs: 5000 });
    const response = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events(first: 1) { nodes { id } } }' }),
    });
    await until(() => gateway.sim.requests.some((r) => r.path === '/api/v4/events'), 'the GET arrives');
    gateway.child.kill('SIGTERM');

    await expect(response).rejects.toThrow();
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
  });
});
