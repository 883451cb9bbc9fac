import { print } from 'graphql';
import { PipelineBoardDocument } from '../../../examples/__generated__/operations';
import { startHarness, type Harness } from '../../helpers/harness';

let h: Harness;
afterEach(() => h.close());

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('a client that goes away stops costing Kommo calls', () => {
  it('at 1 rps, a board aborted after 1.5 s sends nothing more, and the next client gets through promptly', async () => {
    h = await startHarness({ rps: 1, sim: { rateLimitRps: 1 }, timeoutMs: 10_000 });
    const client = new AbortController();
    // The board needs five calls (leads, then contacts, companies, users, pipelines): five seconds at 1 rps.
    const board = fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(PipelineBoardDocument), variables: { pipelineId: '7000001' } }),
      signal: client.signal,
    });
    await sleep(1500);
    client.abort();
    await expect(board).rejects.toThrow();
    const sentBeforeAbort = h.sim.requests.length;
    expect(sentBeforeAbort).toBeGreaterThanOrEqual(1);
    expect(sentBeforeAbort).toBeLessThanOrEqual(2);

    await sleep(3500); // three and a half windows: the queued calls would have gone out by now
    expect(h.sim.requests.length).toBe(sentBeforeAbort);

    // The dropped calls left the queue: this one waits for at most one window, not for their turns.
    const started = performance.now();
    const next = await h.query('{ leads(first: 1) { nodes { id } } }');
    expect(next.errors).toBeUndefined();
    expect(h.sim.requests.length).toBe(sentBeforeAbort + 1);
    expect(performance.now() - started).toBeLessThan(1500);
  }, 20_000);
});
