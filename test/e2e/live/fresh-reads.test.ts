import { createMemoryRecordCache } from '../../../src/stores/record-cache';
import { startHarness, type Harness } from '../../helpers/harness';
import { liveClient, subscribe, until } from './live-client';
import { leadIdsIn, leadNameIn, pathsOf, recordCalls, TIMELINE, type TimelineData } from './timeline-poll';
import { leadUpdateBody, postKommoWebhook } from './kommo-hooks';

const SECRET = 'fresh-reads-secret-0123456789';
const ALL_RECORDS = ['/api/v4/companies', '/api/v4/contacts', '/api/v4/leads', '/api/v4/tasks'];

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ webhooks: { kommoSecret: SECRET }, live: { burstMs: 5 }, recordCacheSeconds: 60 });
});
afterEach(async () => {
  await h.close();
});

/** A webhook naming lead `id`; resolves once the gateway fetched its events (evictions come first). */
async function leadUpdated(id: number): Promise<void> {
  const before = h.calls('/api/v4/events');
  expect((await postKommoWebhook(h.gateway.url, SECRET, leadUpdateBody(id))).status).toBe(200);
  await until(() => h.calls('/api/v4/events') === before + 1, 'the webhook events call');
}

/** Polls once: the answer, and the record and events calls it cost. */
async function poll() {
  h.sim.resetRequests();
  const answer = await h.query<TimelineData>(TIMELINE);
  return { answer, records: recordCalls(h.sim), events: h.calls('/api/v4/events') };
}

describe('a polled timeline while Kommo webhooks flow', () => {
  it('reads the records once for two polls; the events call stays', async () => {
    await leadUpdated(24100001);
    const first = await poll();
    expect(first.answer.errors).toBeUndefined();
    expect(pathsOf(first.records)).toEqual(ALL_RECORDS);
    expect(first.events).toBe(1);

    const second = await poll();
    expect(second.records).toEqual([]);
    expect(second.events).toBe(1);
    expect(second.answer).toEqual(first.answer);
  });

  it('re-reads exactly the lead a webhook names, and shows its new state', async () => {
    await leadUpdated(24100001);
    const first = await poll();
    const renamed = leadIdsIn(first.answer)[0]!;
    h.sim.store.leads.find((row) => row['id'] === renamed)!['name'] = 'Renamed in Kommo';

    await leadUpdated(renamed);
    const next = await poll();

    expect(next.records).toEqual([`/api/v4/leads ${renamed}`]);
    expect(leadNameIn(next.answer, renamed)).toBe('Renamed in Kommo');
    expect(leadNameIn(first.answer, renamed)).not.toBe('Renamed in Kommo');
  });

  it("re-reads a record after Ponte's own write to it, before any webhook", async () => {
    await leadUpdated(24100001);
    const written = leadIdsIn((await poll()).answer)[0]!;
    const update = await h.query(
      `mutation { updateLead(input: { id: "${written}", name: "Written by Ponte" }) { id } }`,
    );
    expect(update.errors).toBeUndefined();

    const next = await poll();

    // A write makes every record read before it unreachable (the account's write generation moved).
    expect(pathsOf(next.records)).toEqual(ALL_RECORDS);
    expect(leadNameIn(next.answer, written)).toBe('Written by Ponte');
  });
});

describe('a subscriber reading the record its event names', () => {
  it('sees the state the webhook announced: the record is evicted before the event is published', async () => {
    await leadUpdated(24100001);
    const renamed = leadIdsIn((await poll()).answer)[0]!;
    const client = liveClient(h.gateway.url);
    try {
      const live = subscribe<{ kommoEvents: { entity: { name: string } } }>(
        client,
        `subscription($id: ID!) { kommoEvents(filter: { entityTypes: [LEAD], entityIds: [$id] }) { entity { ... on Lead { name } } } }`,
        { id: String(renamed) },
      );
      await until(() => h.gateway.subscribers() === 1, 'the subscription');
      h.sim.store.leads.find((row) => row['id'] === renamed)!['name'] = 'Renamed in Kommo';
      h.sim.store.events.push({
        id: '01fresh0000000000000000001',
        type: 'name_field_changed',
        entity_id: renamed,
        entity_type: 'lead',
        created_by: 0,
        created_at: Math.floor(Date.now() / 1000),
        value_after: [{ name_field_value: { name: 'Renamed in Kommo' } }],
        value_before: [{ name_field_value: { name: 'Before' } }],
        account_id: 31234567,
      });

      await leadUpdated(renamed);

      expect(await live.received(1)).toEqual([{ data: { kommoEvents: { entity: { name: 'Renamed in Kommo' } } } }]);
    } finally {
      await client.dispose();
    }
  });
});

describe('a polled timeline without webhooks', () => {
  it('reads every record on every poll, as without the cache', async () => {
    const first = await poll();
    const second = await poll();
    expect(pathsOf(first.records)).toEqual(ALL_RECORDS);
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
