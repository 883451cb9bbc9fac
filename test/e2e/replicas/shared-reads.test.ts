import { print } from 'graphql';
import { TimelineDocument } from '../../../examples/__generated__/operations';
import { eventsNewestFirst } from '../../helpers/kommo-expectations';
import { startReplicas, type Replicas } from './replicas-harness';

let replicas: Replicas;
afterEach(() => replicas.close());

const TIMELINE = print(TimelineDocument);
const ENTITY_PATHS: Record<string, string> = {
  lead: '/api/v4/leads',
  contact: '/api/v4/contacts',
  company: '/api/v4/companies',
  task: '/api/v4/tasks',
};

/** The calls one cold timeline of `first` events makes: events, users, pipelines, one per entity type. */
function coldTimelinePaths(first: number): string[] {
  const page = eventsNewestFirst(replicas.sim.store).slice(0, first);
  const entities = new Set(page.flatMap((event) => ENTITY_PATHS[String(event['entity_type'])] ?? []));
  return ['/api/v4/events', '/api/v4/leads/pipelines', '/api/v4/users', ...entities].sort();
}

const paths = (): string[] => replicas.sim.requests.map((request) => request.path).sort();

describe('reads shared between requests and replicas', () => {
  it('a timeline on a warm replica makes no users or pipelines calls, even when another replica warmed it', async () => {
    replicas = await startReplicas();
    const [a, b] = [await replicas.startReplica(), await replicas.startReplica()];
    const cold = await a.query(TIMELINE, { first: 100 });
    expect(paths()).toEqual(coldTimelinePaths(100));
    replicas.sim.resetRequests();

    const warm = await b.query(TIMELINE, { first: 100 });
    expect(warm).toEqual(cold);
    expect(paths()).toEqual(
      coldTimelinePaths(100).filter((path) => !path.endsWith('/users') && !path.endsWith('/pipelines')),
    );
    expect(b.events.counts).toEqual({ 'hit users': 1, 'hit pipelines': 1 });
    expect(b.upstreamCalls()).toBe(paths().length);
  });

  it('20 identical concurrent timelines cost the calls of one', async () => {
    // Latency keeps each call in flight while the other requests arrive and join it.
    replicas = await startReplicas({ sim: { latencyMs: 150 } });
    const a = await replicas.startReplica();
    const answers = await Promise.all(Array.from({ length: 20 }, () => a.query(TIMELINE, { first: 100 })));
    expect(answers[0]?.errors).toBeUndefined();
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(paths()).toEqual(coldTimelinePaths(100));
    // Whoever started a shared call pays for it; the requests that joined it cost nothing.
    expect(a.upstreamCalls()).toBe(coldTimelinePaths(100).length);
  });

  it('a token Kommo rejects never gets cached data: it is asked every time', async () => {
    replicas = await startReplicas();
    const trusted = await replicas.startReplica();
    const rejected = await replicas.startReplica({ kommoToken: 'revoked-token' });
    expect((await trusted.query('{ users { id } }')).errors).toBeUndefined();
    replicas.sim.resetRequests();
    for (let i = 0; i < 2; i += 1) {
      const answer = await rejected.query('{ users { id name } }');
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', upstream: 'kommo', status: 401 });
    }
    expect(replicas.sim.requests.map((request) => [request.path, request.status])).toEqual([
      ['/api/v4/users', 401],
      ['/api/v4/users', 401],
    ]);
  });

  it('a read after a write on another replica shows it, although an older read of the same record was in flight', async () => {
    replicas = await startReplicas();
    const [a, b] = [await replicas.startReplica(), await replicas.startReplica()];
    const id = String(replicas.sim.store.leads[0]?.['id']);
    const read = `query($id: ID!) { lead(id: $id) { name } }`;
    // The first read's GET is slow: it is still in flight on A when the write on B has ended.
    replicas.sim.injectFault({ method: 'GET', pathPrefix: '/api/v4/leads', status: 200, delayMs: 600 });
    const before = a.query(read, { id });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const write = await b.query(`mutation($input: UpdateLeadInput!) { updateLead(input: $input) { name } }`, {
      input: { id, name: 'Renamed on replica B' },
    });
    expect(write.errors).toBeUndefined();
    const after = await a.query<{ lead: { name: string } }>(read, { id });
    expect(after.data?.lead.name).toBe('Renamed on replica B');
    await before;
    // A's slow read, B's check before writing, B's write and read-back, then A's own read after it.
    expect(replicas.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v4/leads',
      'GET /api/v4/leads',
      `PATCH /api/v4/leads/${id}`,
      'GET /api/v4/leads',
      'GET /api/v4/leads',
    ]);
  });
});
