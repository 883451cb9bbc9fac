import { silentEvents } from '../../../src/gateway-events';
import { createMemoryRecordCache, type RecordCache } from '../../../src/stores/record-cache';
import { createRedisRecordCache } from '../../../src/stores/redis/record-cache';
import { createMemoryReferenceCache, type ReferenceCache } from '../../../src/stores/reference-cache';
import { createRedisReferenceCache } from '../../../src/stores/redis/reference-cache';
import { credentialOf } from '../../../src/stores/shared-reads';
import { SharedRecords } from '../../../src/stores/shared-records';
import { recordingLogger } from '../../helpers/recording-logger';
import { useTestRedis } from '../../helpers/redis';

const shared = useTestRedis('records');

interface Stores {
  records: RecordCache;
  reference: ReferenceCache;
}

async function redisStores(): Promise<Stores> {
  const { connection } = await shared.connect();
  const redis = connection.commands;
  return {
    records: createRedisRecordCache({ redis, prefix: shared.prefix }),
    reference: createRedisReferenceCache({ redis, prefix: shared.prefix }),
  };
}

const ACCOUNT = 'https://acme.kommo.com';
const FEED_MS = 60_000;

/** What createServices builds for one token, over `stores`. */
function recordsFor(stores: Stores, token: string): SharedRecords {
  return new SharedRecords({
    ...stores,
    account: ACCOUNT,
    credential: credentialOf(token),
    ttlMs: FEED_MS,
    events: silentEvents,
    logger: recordingLogger(),
  });
}

/** A fetch of leads by id that records what it was asked (Kommo returns every id but 404). */
function leadsUpstream() {
  const asked: string[][] = [];
  const fetch = async (ids: readonly string[]) => {
    asked.push([...ids]);
    return ids.filter((id) => id !== '404').map((id) => ({ id: Number(id), name: `Lead ${id}` }));
  };
  return { asked, fetch };
}

describe.each([
  [
    'in process',
    async (): Promise<Stores> => ({ records: createMemoryRecordCache(), reference: createMemoryReferenceCache() }),
  ],
  ['in Redis', redisStores],
])('shared records %s', (_where, create) => {
  it('reads upstream every time until a webhook arrives, then only what it does not hold', async () => {
    const records = recordsFor(await create(), 'token-a');
    const upstream = leadsUpstream();
    await records.read('leads', ['1', '2'], upstream.fetch);
    await records.read('leads', ['1', '2'], upstream.fetch);
    await records.named([]);
    await records.read('leads', ['1', '2', '404'], upstream.fetch);
    const rows = await records.read('leads', ['2', '1', '3', '404'], upstream.fetch);

    expect(upstream.asked).toEqual([['1', '2'], ['1', '2'], ['1', '2', '404'], ['3']]);
    expect(rows).toEqual([
      { id: 2, name: 'Lead 2' },
      { id: 1, name: 'Lead 1' },
      { id: 3, name: 'Lead 3' },
    ]);
  });

  it('evicts exactly the records a webhook names', async () => {
    const records = recordsFor(await create(), 'token-a');
    const upstream = leadsUpstream();
    await records.named([]);
    await records.read('leads', ['1', '2'], upstream.fetch);
    await records.named([
      { entity: 'leads', ids: ['2'] },
      { entity: 'contacts', ids: ['1'] },
    ]);
    await records.read('leads', ['1', '2'], upstream.fetch);
    await records.read('leads', ['1', '2'], upstream.fetch);
    expect(upstream.asked).toEqual([['1', '2'], ['2']]);
  });

  it("never serves one credential's records to another, nor to any after a write", async () => {
    const stores = await create();
    const [mine, theirs] = [recordsFor(stores, 'token-a'), recordsFor(stores, 'token-b')];
    const upstream = leadsUpstream();
    await mine.named([]);
    await mine.read('leads', ['1'], upstream.fetch);
    await theirs.read('leads', ['1'], upstream.fetch);
    await theirs.read('leads', ['1'], upstream.fetch);
    expect(upstream.asked).toEqual([['1'], ['1']]);

    await stores.reference.written(ACCOUNT, []);
    await mine.read('leads', ['1'], upstream.fetch);
    expect(upstream.asked).toEqual([['1'], ['1'], ['1']]);
  });

  it('does not serve a record read before a webhook named it, even when its fill lands after', async () => {
    const records = recordsFor(await create(), 'token-a');
    await records.named([]);
    let release = (): void => {};
    let started = (): void => {};
    const asked = new Promise<void>((resolve) => (started = resolve));
    const slow = records.read('leads', ['1'], async (ids) => {
      started();
      await new Promise<void>((resolve) => (release = resolve));
      return ids.map((id) => ({ id: Number(id), name: 'before the change' }));
    });
    await asked;
    await records.named([{ entity: 'leads', ids: ['1'] }]);
    release();
    // Its fill is sent before the next look (one connection keeps the order).
    await slow;
    const upstream = leadsUpstream();
    expect(await records.read('leads', ['1'], upstream.fetch)).toEqual([{ id: 1, name: 'Lead 1' }]);
    expect(upstream.asked).toEqual([['1']]);
  });
});

describe('the in-process record cache', () => {
  it('starts a new epoch when the feed comes back after a lapse: nothing from before is served', async () => {
    let now = 0;
    const stores = { records: createMemoryRecordCache({ now: () => now }), reference: createMemoryReferenceCache() };
    const records = recordsFor(stores, 'token-a');
    const upstream = leadsUpstream();
    await records.named([]);
    await records.read('leads', ['1'], upstream.fetch);
    now += FEED_MS;
    await records.named([]);
    await records.read('leads', ['1'], upstream.fetch);
    expect(upstream.asked).toEqual([['1'], ['1']]);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const stores = { records: createMemoryRecordCache({ maxEntries: 2 }), reference: createMemoryReferenceCache() };
    const records = recordsFor(stores, 'token-a');
    const upstream = leadsUpstream();
    await records.named([]);
    await records.read('leads', ['1'], upstream.fetch);
    await records.read('leads', ['2', '3'], upstream.fetch);
    await records.read('leads', ['1', '2', '3'], upstream.fetch);
    expect(upstream.asked).toEqual([['1'], ['2', '3'], ['1']]);
  });
});
