import { startKommoSimulator, type KommoSimulator } from '../../../src/demo/kommo';
import type { GatewayEvents } from '../../../src/gateway-events';
import { KommoClient } from '../../../src/kommo/kommo.client';
import { kommoGroupsWrittenBy, kommoReferenceList } from '../../../src/kommo/kommo.reference-lists';
import { createMemoryReferenceCache, type ReferenceCache } from '../../../src/stores/reference-cache';
import { SharedReadsTransport } from '../../../src/stores/shared-reads';
import { UpstreamAuthError } from '../../../src/upstream/errors';
import { ClientGoneError, type UpstreamScope } from '../../../src/upstream/scope';
import { Transport, type UpstreamRequest, type UpstreamTransport } from '../../../src/upstream/transport';
import { closeSimulators } from '../../helpers/armed-faults';
import { recordingLogger } from '../../helpers/recording-logger';
import { testScope } from '../../helpers/upstream-scope';

let sim: KommoSimulator;
const transports: Transport[] = [];
beforeEach(async () => {
  sim = await startKommoSimulator({ rateLimitRps: 1000, latencyMs: 60 });
});
afterEach(async () => {
  for (const transport of transports.splice(0)) await transport.close();
  await closeSimulators({ Kommo: sim });
});

function countingEvents(): GatewayEvents & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    cacheHit: (cache) => seen.push(`hit ${cache}`),
    cacheMiss: (cache) => seen.push(`miss ${cache}`),
    idempotentReplay: () => seen.push('replay'),
  };
}

/** What createServices builds for Kommo, over the simulator, with `token` and a cache to share. */
function sharedReads(
  options: { token?: string; cache?: ReferenceCache; ttlMs?: number; inner?: UpstreamTransport } = {},
) {
  const token = options.token ?? sim.token;
  const transport = new Transport({
    upstream: 'kommo',
    baseUrl: sim.url,
    token,
    timeoutMs: 2000,
    retry: { maxRetries: 0 },
  });
  transports.push(transport);
  const events = countingEvents();
  const reads = new SharedReadsTransport({
    inner: options.inner ?? transport,
    cache: options.cache ?? createMemoryReferenceCache(),
    account: sim.url,
    token,
    referenceList: kommoReferenceList,
    groupsWrittenBy: kommoGroupsWrittenBy,
    ttlMs: options.ttlMs ?? 60_000,
    events,
    logger: recordingLogger(),
  });
  return { reads, events, client: (scope?: UpstreamScope) => new KommoClient(reads, scope) };
}

const operation = (max?: number) => testScope('op', max);

const LEADS: UpstreamRequest = { method: 'GET', path: '/api/v4/leads', query: [['limit', '5']] };

describe('identical concurrent GETs share one upstream call', () => {
  it('charges the call to the operation that started it; the others are charged nothing', async () => {
    const { reads } = sharedReads();
    const operations = [operation(), operation(), operation()];
    const answers = await Promise.all(operations.map((op) => reads.request(LEADS, op)));
    expect(sim.count('/api/v4/leads')).toBe(1);
    expect(answers[1]).toEqual(answers[0]);
    expect(operations.map((op) => op.calls.count)).toEqual([1, 0, 0]);
  });

  it('charges a joiner when the starter may make no more calls (MAX_UPSTREAM_CALLS)', async () => {
    const { reads } = sharedReads();
    const starter = operation(0);
    const joiner = operation();
    const [first, second] = await Promise.allSettled([reads.request(LEADS, starter), reads.request(LEADS, joiner)]);
    expect([first.status, second.status]).toEqual(['fulfilled', 'fulfilled']);
    expect([starter.calls.count, joiner.calls.count]).toEqual([0, 1]);
  });

  it('a client that leaves is answered at once and cancels nothing others wait for; when all leave, the call is cancelled', async () => {
    const { reads } = sharedReads();
    const [starter, joiner] = [operation(), operation()];
    const leaving = reads.request(LEADS, starter);
    const staying = reads.request(LEADS, joiner);
    starter.abort();
    await expect(leaving).rejects.toBeInstanceOf(ClientGoneError);
    expect((await staying).status).toBe(200);
    expect(sim.count('/api/v4/leads')).toBe(1);

    const alone = operation();
    const cancelled = reads.request({ ...LEADS, query: [['limit', '6']] }, alone);
    setTimeout(() => alone.abort(), 20);
    await expect(cancelled).rejects.toBeInstanceOf(ClientGoneError);
    // A later identical read starts its own call instead of joining the cancelled one.
    expect((await reads.request({ ...LEADS, query: [['limit', '6']] }, operation())).status).toBe(200);
  });

  it('a read after a write never joins a GET that started before it', async () => {
    const { reads } = sharedReads();
    const lead = sim.store.leads[0];
    const before = reads.request(LEADS, operation());
    await new Promise((resolve) => setTimeout(resolve, 5)); // the GET is in flight
    await reads.request({ method: 'PATCH', path: `/api/v4/leads/${String(lead?.['id'])}`, body: { name: 'New' } });
    const after = reads.request(LEADS, operation());
    await Promise.all([before, after]);
    expect(sim.count('/api/v4/leads', 'GET')).toBe(2);
  });
});

describe('the reference cache', () => {
  it('serves users again without a call, per token, and reports hits and misses', async () => {
    const cache = createMemoryReferenceCache();
    const first = sharedReads({ cache });
    const users = await first.client().listUsers();
    expect(await first.client().listUsers()).toEqual(users);
    expect(sim.count('/api/v4/users')).toBe(1);
    expect(first.events.seen).toEqual(['miss users', 'hit users']);

    // Another token on the same account never reads those entries: Kommo answers it (401 here).
    const stranger = sharedReads({ cache, token: 'another-token' });
    await expect(stranger.client().listUsers()).rejects.toBeInstanceOf(UpstreamAuthError);
    await expect(stranger.client().listUsers()).rejects.toBeInstanceOf(UpstreamAuthError);
    expect(sim.count('/api/v4/users')).toBe(3);
    expect(stranger.events.seen).toEqual(['miss users', 'miss users']);
  });

  it('serves nothing cached before Kommo rejected the token (401), until it answers again', async () => {
    const { client } = sharedReads();
    await client().listUsers();
    sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/events', status: 401, json: { title: 'Unauthorized' } });
    await expect(client().listEvents([['limit', '5']])).rejects.toBeInstanceOf(UpstreamAuthError);
    await client().listUsers();
    await client().listUsers();
    expect(sim.count('/api/v4/users')).toBe(2);
  });

  it('is off with a ttl of 0: every request reads again (identical reads in flight are still shared)', async () => {
    const { client, events } = sharedReads({ ttlMs: 0 });
    await client().listPipelines();
    await client().listPipelines();
    expect(sim.count('/api/v4/leads/pipelines')).toBe(2);
    expect(events.seen).toEqual([]);
  });

  it('is never filled from a failed call', async () => {
    const { client } = sharedReads();
    sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/leads/pipelines', status: 503 });
    await expect(client().listPipelines()).rejects.toThrow('HTTP 503');
    await client().listPipelines();
    await client().listPipelines();
    expect(sim.count('/api/v4/leads/pipelines')).toBe(2);
  });

  it('a write to a reference list (or below it) makes a new version: the next read goes upstream', async () => {
    const sent: string[] = [];
    const inner: UpstreamTransport = {
      request: async (req) => {
        sent.push(`${req.method} ${req.path}`);
        return { status: 200, body: { _embedded: { pipelines: [{ id: sent.length }] } } };
      },
    };
    const { client, reads } = sharedReads({ inner });
    await client().listPipelines();
    await reads.request({ method: 'PATCH', path: '/api/v4/leads/pipelines/7/statuses/5', body: {} });
    expect(await client().listPipelines()).toEqual([{ id: 3 }]);
    await reads.request({ method: 'PATCH', path: '/api/v4/leads/7', body: {} }); // not reference data
    expect(await client().listPipelines()).toEqual([{ id: 3 }]);
    expect(sent).toEqual([
      'GET /api/v4/leads/pipelines',
      'PATCH /api/v4/leads/pipelines/7/statuses/5',
      'GET /api/v4/leads/pipelines',
      'PATCH /api/v4/leads/7',
    ]);
  });
});
