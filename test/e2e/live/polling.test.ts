import type { Client } from 'graphql-ws';
import type { Ticker } from '../../../src/live/ticker';
import { startHarness, type Harness } from '../../helpers/harness';
import { liveClient, subscribe, until, type Subscribed } from './live-client';

/** A ticker the test drives: `tick()` runs every active interval once and waits for what they started. */
function manualTicker() {
  const active = new Map<() => Promise<void>, number>();
  const ticker: Ticker = (ms, tick) => {
    active.set(tick, ms);
    return () => active.delete(tick);
  };
  return {
    ticker,
    intervals: () => [...active.values()],
    tick: () => Promise.all([...active.keys()].map((tick) => tick())),
  };
}

const EVENTS = `subscription S($filter: EventFilter) { kommoEvents(filter: $filter) { id type entityId } }`;

let h: Harness;
let client: Client;
let clock: ReturnType<typeof manualTicker>;
beforeEach(async () => {
  clock = manualTicker();
  h = await startHarness({ live: { pollSeconds: 7, ticker: clock.ticker } });
  client = liveClient(h.gateway.url);
});
afterEach(async () => {
  await client.dispose();
  await h.close();
});

function recordEvent(id: string, entityType: string, entityId: number): void {
  h.sim.store.events.push({
    id,
    type: 'common_note_added',
    entity_id: entityId,
    entity_type: entityType,
    created_by: 0,
    created_at: Math.floor(Date.now() / 1000),
    value_after: [{ note: { id: 1 } }],
    value_before: [],
    account_id: 31234567,
  });
}

describe('the polling fallback', () => {
  it('makes one events call per interval for five subscribers, only while someone is subscribed', async () => {
    expect(clock.intervals()).toEqual([]);
    const filters = [
      null,
      { entityTypes: ['LEAD'] },
      { entityTypes: ['LEAD'], entityIds: ['24100001'] },
      { entityTypes: ['CONTACT'] },
      { types: ['COMMON_NOTE_ADDED'] },
    ];
    const subscribers: Array<Subscribed<{ kommoEvents: { id: string } }>> = filters.map((filter) =>
      subscribe(client, EVENTS, { filter }),
    );
    await until(() => h.gateway.subscribers() === 5, 'five subscriptions');
    expect(clock.intervals()).toEqual([7000]);
    h.sim.resetRequests();

    recordEvent('01poll00000000000000000001', 'lead', 24100001);
    for (let poll = 1; poll <= 3; poll += 1) await clock.tick();
    await until(() => subscribers.every((s, i) => s.results.length === (i === 3 ? 0 : 1)), 'the deliveries');

    expect(h.calls('/api/v4/events')).toBe(3);
    expect(h.sim.requests).toHaveLength(3);
    expect(subscribers.map((s) => s.results.map((r) => r.data?.kommoEvents.id))).toEqual([
      ['01poll00000000000000000001'],
      ['01poll00000000000000000001'],
      ['01poll00000000000000000001'],
      [],
      ['01poll00000000000000000001'],
    ]);

    for (const subscriber of subscribers) subscriber.stop();
    await until(() => h.gateway.subscribers() === 0, 'every subscription to end');
    expect(clock.intervals()).toEqual([]);
  });
});
