import { UpstreamUnavailableError } from '../../../src/upstream/errors';
import type { AttemptInfo, AttemptOutcome, UpstreamObserver } from '../../../src/upstream/observer';
import { RequestBudget } from '../../../src/upstream/rate-budget';
import { ClientGoneError } from '../../../src/upstream/scope';
import { testScope } from '../../helpers/upstream-scope';
import { transportHarness } from './fixture';
import { json } from './script-server';

const harness = transportHarness();
afterEach(() => harness.teardown());

const scope = (max?: number) => testScope('req-1', max);

function recordingObserver(): UpstreamObserver & { seen: Array<AttemptInfo & Partial<AttemptOutcome>> } {
  const seen: Array<AttemptInfo & Partial<AttemptOutcome>> = [];
  return {
    seen,
    attempt(info) {
      const entry: AttemptInfo & Partial<AttemptOutcome> = { ...info };
      seen.push(entry);
      return {
        headers: { traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01` },
        end: (outcome) => Object.assign(entry, outcome),
      };
    },
  };
}

describe('Transport: the operation scope and the observer', () => {
  it('counts every attempt, retries included, and shows each to the observer with its route', async () => {
    const observer = recordingObserver();
    const { server, transport } = await harness.start([json(503, {}), json(200, { ok: true })], { observer });
    const operation = scope();

    await transport.request({ method: 'GET', path: '/api/v4/leads/123/notes' }, operation);

    expect(operation.calls.count).toBe(2);
    expect(server.requests.map((request) => request.headers['traceparent'])).toEqual([
      `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`,
      `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`,
    ]);
    expect(
      observer.seen.map(({ route, attempt, status, requestId }) => ({ route, attempt, status, requestId })),
    ).toEqual([
      { route: '/api/v4/leads/{id}/notes', attempt: 1, status: 503, requestId: 'req-1' },
      { route: '/api/v4/leads/{id}/notes', attempt: 2, status: 200, requestId: 'req-1' },
    ]);
    expect(observer.seen[0]?.error).toBeInstanceOf(UpstreamUnavailableError);
  });

  it('refuses the attempt past the limit with OPERATION_LIMIT_EXCEEDED and sends nothing more', async () => {
    const { server, transport } = await harness.start([json(200, {})]);
    const operation = scope(1);

    await transport.request({ method: 'GET', path: '/api/v4/users' }, operation);
    const second = await transport
      .request({ method: 'GET', path: '/api/v4/users' }, operation)
      .catch((e: unknown) => e);

    expect(second).toMatchObject({
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'MAX_UPSTREAM_CALLS', max: 1, actual: 2 },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('drops a call whose client left while it waited for the budget, and frees its place', async () => {
    const budget = new RequestBudget({ limit: 1, windowMs: 300 });
    const { server, transport } = await harness.start([json(200, {})], { budget });
    const first = scope();
    const leaving = scope();
    const staying = scope();

    await transport.request({ method: 'GET', path: '/api/v4/account' }, first);
    const dropped = transport.request({ method: 'GET', path: '/api/v4/users' }, leaving).catch((e: unknown) => e);
    void transport.request({ method: 'GET', path: '/api/v4/users' }, staying).catch(() => undefined);
    expect(budget.queueLength()).toBe(2);
    leaving.abort();

    expect(await dropped).toBeInstanceOf(ClientGoneError);
    expect({ queued: budget.queueLength(), sent: server.requests.length, counted: leaving.calls.count }).toEqual({
      queued: 1,
      sent: 1,
      counted: 0,
    });
    staying.abort();
  });

  it('cancels a read in flight when its client leaves', async () => {
    const { server, transport } = await harness.start([{ ...json(200, {}), delayMs: 1000 }]);
    const operation = scope();

    const pending = transport.request({ method: 'GET', path: '/api/v4/leads' }, operation).catch((e: unknown) => e);
    await waitFor(() => server.requests.length === 1);
    operation.abort();

    expect(await pending).toBeInstanceOf(ClientGoneError);
  });

  it('lets a write in flight finish when its client leaves', async () => {
    const { server, transport } = await harness.start([{ ...json(200, [{ id: 1 }]), delayMs: 100 }]);
    const operation = scope();

    const pending = transport.request({ method: 'POST', path: '/api/v4/leads', body: [{ name: 'x' }] }, operation);
    await waitFor(() => server.requests.length === 1);
    operation.abort();

    expect(await pending).toEqual({ status: 200, body: [{ id: 1 }] });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
