import { createMemoryRecordCache } from '../../../src/stores/record-cache';
import { startHarness, type Harness } from '../../helpers/harness';
import { until } from './live-client';

const SECRET = 'fresh-reads-secret-0123456789';
/** The timeline a frontend polls (bench/queries.ts TIMELINE), with the names of every entity type. */
const TIMELINE = `query Timeline {
  events(first: 100) {
    nodes {
      id type entityType entityId
      entity { ... on Lead { name } ... on Contact { name } ... on Company { name } }
      createdBy { name }
      ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } }
    }
  }
}`;
const RECORDS = ['/api/v4/leads', '/api/v4/contacts', '/api/v4/companies'];

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ webhooks: { kommoSecret: SECRET }, live: { burstMs: 5 }, recordCacheSeconds: 60 });
});
afterEach(async () => {
  await h.close();
});

function postWebhook(body: string): Promise<Response> {
  return fetch(new URL(`/webhooks/kommo/${SECRET}`, h.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

/** A webhook naming lead `id`; resolves once the gateway fetched its events (evictions come first). */
async function leadUpdated(id: number): Promise<void> {
  const before = h.calls('/api/v4/events');
  expect((await postWebhook(`leads%5Bupdate%5D%5B0%5D%5Bid%5D=${id}&account%5Bid%5D=31234567`)).status).toBe(200);
  await until(() => h.calls('/api/v4/events') === before + 1, 'the webhook events call');
}

/** Polls once: the answer, and the record calls it cost (path and ids). */
async function poll() {
  h.sim.resetRequests();
  const answer = await h.query(TIMELINE);
  const records = h.sim.requests
    .filter((r) => RECORDS.includes(r.path))
    .map((r) => `${r.path} ${r.query.getAll('filter[id][]').join(',')}`);
  return { answer, records, events: h.calls('/api/v4/events') };
}

function leadIdsIn(answer: Awaited<ReturnType<typeof poll>>['answer']): number[] {
  const nodes = (answer.data as { events: { nodes: Array<{ entityType: string; entityId: string }> } }).events.nodes;
  return [...new Set(nodes.filter((n) => n.entityType === 'LEAD').map((n) => Number(n.entityId)))];
}

function nameOf(answer: Awaited<ReturnType<typeof poll>>['answer'], leadId: number): unknown {
  const nodes = (answer.data as { events: { nodes: Array<{ entityId: string; entity: { name: string } | null }> } })
    .events.nodes;
  return nodes.find((n) => n.entityId === String(leadId))?.entity?.name;
}

describe('a polled timeline while Kommo webhooks flow', () => {
  it('reads the records once for two polls; the events call stays', async () => {
    await leadUpdated(24100001);
    const first = await poll();
    expect(first.answer.errors).toBeUndefined();
    expect(first.records.map((r) => r.split(' ')[0]).sort()).toEqual([
      '/api/v4/companies',
      '/api/v4/contacts',
      '/api/v4/leads',
    ]);
    expect(first.events).toBe(1);

    const second = await poll();
    expect(second.records).toEqual([]);
    expect(second.events).toBe(1);
    expect(second.answer).toEqual(first.answer);
  });

  it('re-reads exactly the lead a webhook names, and shows its new state', async () => {
    await leadUpdated(24100001);
    const first = await poll();
    const [renamed] = leadIdsIn(first.answer);
    const lead = h.sim.store.leads.find((row) => row['id'] === renamed)!;
    lead['name'] = 'Renamed in Kommo';

    await leadUpdated(renamed!);
    const next = await poll();

    expect(next.records).toEqual([`/api/v4/leads ${renamed}`]);
    expect(nameOf(next.answer, renamed!)).toBe('Renamed in Kommo');
    expect(nameOf(first.answer, renamed!)).not.toBe('Renamed in Kommo');
  });

  it("re-reads a record after Ponte's own write to it, before any webhook", async () => {
    await leadUpdated(24100001);
    const [written] = leadIdsIn((await poll()).answer);
    const update = await h.query(
      `mutation { updateLead(input: { id: "${written}", name: "Written by Ponte" }) { id } }`,
    );
    expect(update.errors).toBeUndefined();

    const next = await poll();

    // A write makes every record read before it unreachable (the account's write generation moved).
    expect(next.records.map((r) => r.split(' ')[0]).sort()).toEqual([
      '/api/v4/companies',
      '/api/v4/contacts',
      '/api/v4/leads',
    ]);
    expect(nameOf(next.answer, written!)).toBe('Written by Ponte');
  });
});

describe('a polled timeline without webhooks', () => {
  it('reads every record on every poll, as without the cache', async () => {
    const first = await poll();
    const second = await poll();
    expect(first.records.length).toBe(3);
    expect(second.records).toEqual(first.records);
    expect(second.events).toBe(1);
  });

  it('reads fresh again once the feed has been silent for RECORD_CACHE_SECONDS', async () => {
    await h.close();
    let now = Date.parse('2026-03-01T10:00:00Z');
    h = await startHarness({
      webhooks: { kommoSecret: SECRET },
      live: { burstMs: 5 },
      recordCacheSeconds: 60,
      recordCache: createMemoryRecordCache({ now: () => now }),
    });
    await leadUpdated(24100001);
    const first = await poll();
    expect((await poll()).records).toEqual([]);
    now += 60_000;
    expect((await poll()).records).toEqual(first.records);
  });
});
