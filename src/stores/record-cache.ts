import { ExpiringTexts, type ExpiringTextsOptions } from './expiring-texts';

/** What a reader of records learns before its GET. */
export interface RecordLook {
  /**
   * The feed's epoch while a webhook arrived within the feed window, else `undefined`: then
   * nothing is served from the cache and nothing is filled.
   */
  epoch: string | undefined;
  /** Each id's version (its evictions), in the order asked; fills go under it. */
  versions: string[];
  /** Each id's cached text at that version, in the order asked. */
  hits: Array<string | undefined>;
}

/** One record read: its id, the version seen before the GET, and the upstream's row as text. */
export interface RecordFill {
  id: string;
  version: string;
  text: string;
}

/** The records one webhook names, by entity path (`leads`, `contacts`, `companies`, `tasks`). */
export type NamedIds = ReadonlyArray<{ entity: string; ids: readonly string[] }>;

/**
 * Kommo records (by id) kept across requests while Kommo's webhooks are flowing: in this process
 * (`createMemoryRecordCache`) or in Redis, shared by every replica. `owner` is the credential hash and
 * the account's write generation (see `SharedRecords`), so another token or a write never reads an
 * entry. An entry lives under the feed's epoch and the record's version, both seen before the GET:
 * a webhook naming the record (a new version) or a lapse of the feed (a new epoch when it comes back)
 * makes a fill unreachable instead of stale.
 */
export interface RecordCache {
  look(account: string, owner: string, entity: string, ids: readonly string[]): Promise<RecordLook>;
  /** Stores rows read under `epoch` for `ttlMs`. */
  fill(
    account: string,
    owner: string,
    entity: string,
    epoch: string,
    rows: readonly RecordFill[],
    ttlMs: number,
  ): Promise<void>;
  /**
   * A valid webhook arrived: new versions of the records it names, then the feed is healthy for
   * `feedMs` more (a new epoch when it was not).
   */
  named(account: string, records: NamedIds, feedMs: number): Promise<void>;
}

export type MemoryRecordCacheOptions = ExpiringTextsOptions;

/** A `RecordCache` in this process: one replica. Bounded; expired entries are swept on fill. */
export function createMemoryRecordCache(options: MemoryRecordCacheOptions = {}): RecordCache {
  const entries = new ExpiringTexts(options);
  const now = entries.now;
  // Versions live with their epoch: when the feed lapses, the next epoch starts them afresh.
  const feeds = new Map<string, { epoch: number; until: number; versions: Map<string, number> }>();
  const liveFeed = (account: string) => {
    const feed = feeds.get(account);
    return feed !== undefined && feed.until > now() ? feed : undefined;
  };
  const entryKey = (account: string, owner: string, entity: string, epoch: string, id: string, version: string) =>
    `${account} ${owner} ${entity} ${epoch} ${id} ${version}`;

  return {
    async look(account, owner, entity, ids) {
      const feed = liveFeed(account);
      if (feed === undefined) return { epoch: undefined, versions: [], hits: [] };
      const epoch = String(feed.epoch);
      const found = ids.map((id) => {
        const version = String(feed.versions.get(`${entity} ${id}`) ?? 0);
        return { version, hit: entries.get(entryKey(account, owner, entity, epoch, id, version)) };
      });
      return { epoch, versions: found.map((f) => f.version), hits: found.map((f) => f.hit) };
    },
    async fill(account, owner, entity, epoch, rows, ttlMs) {
      entries.set(
        rows.map((row) => [entryKey(account, owner, entity, epoch, row.id, row.version), row.text] as const),
        ttlMs,
      );
    },
    async named(account, records, feedMs) {
      const feed = liveFeed(account) ?? { epoch: (feeds.get(account)?.epoch ?? 0) + 1, until: 0, versions: new Map() };
      for (const { entity, ids } of records)
        for (const id of ids) feed.versions.set(`${entity} ${id}`, (feed.versions.get(`${entity} ${id}`) ?? 0) + 1);
      feed.until = now() + feedMs;
      feeds.set(account, feed);
    },
  };
}
