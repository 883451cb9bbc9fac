import type { GatewayEvents } from '../gateway-events';
import { asId, path } from '../lib/decode';
import type { Logger } from '../logger';
import { parseJson } from '../upstream/body';
import type { NamedIds, RecordCache } from './record-cache';
import type { ReferenceCache } from './reference-cache';

export interface SharedRecordsOptions {
  records: RecordCache;
  /** Where the account's write generation and the credential's rejections live. */
  reference: ReferenceCache;
  /** The account (Kommo origin). */
  account: string;
  /** A hash of the token (`credentialOf`): another credential never reads what this one read. */
  credential: string;
  /** `RECORD_CACHE_SECONDS`: how long a record is reused, and how long the feed counts as healthy after a webhook; 0 turns both off. */
  ttlMs: number;
  events: GatewayEvents;
  logger: Logger;
}

/** Not a list anyone reads: its version is only the credential's, so a rejected token (401) reaches records too. */
const RECORDS_GROUP = 'records';

/**
 * Kommo records read by one request kept for the next ones, only while Kommo's webhooks are
 * flowing (a valid webhook within `ttlMs`, on any replica): then a record changes only with a
 * webhook naming it, and that webhook evicts it (`named`) before its events are published. Without
 * webhooks every read goes upstream, as if this did not exist. Entries are keyed by the credential
 * and the account's write generation, which Ponte's own writes move (`SharedReadsTransport`), so a
 * read after a write never sees the record from before it.
 */
export class SharedRecords {
  constructor(private readonly options: SharedRecordsOptions) {}

  /** Rows of `entity` by id: cached ones as they were read, the others from `fetch` (asked only for those). */
  async read(
    entity: string,
    ids: readonly string[],
    fetch: (ids: readonly string[]) => Promise<unknown[]>,
  ): Promise<unknown[]> {
    const { records, reference, account, credential, ttlMs, events } = this.options;
    if (ttlMs === 0 || ids.length === 0) return fetch(ids);
    const seen = await reference.look(account, { group: RECORDS_GROUP, credential, key: '' });
    const owner = `${credential}:${seen.generation}.${seen.version}`;
    const look = await records.look(account, owner, entity, ids);
    if (look.epoch === undefined) return fetch(ids);
    const cached: unknown[] = [];
    const missing = new Map<string, string>(); // id → the version its fill goes under
    ids.forEach((id, i) => {
      const hit = look.hits[i];
      const parsed = hit === undefined ? undefined : parseJson(hit);
      if (parsed?.ok === true) {
        // `null`: Kommo did not return it (deleted, invisible); a restore's webhook names it.
        if (parsed.value !== null) cached.push(parsed.value);
        events.cacheHit(entity);
        return;
      }
      missing.set(id, look.versions[i] ?? '0');
      events.cacheMiss(entity);
    });
    const fetched = missing.size === 0 ? [] : await fetch([...missing.keys()]);
    const texts = new Map<string, string>([...missing.keys()].map((id) => [id, 'null']));
    for (const row of fetched) {
      const id = asId(path(row, 'id'));
      if (id !== undefined && texts.has(id)) texts.set(id, JSON.stringify(row));
    }
    const fills = [...texts].map(([id, text]) => ({ id, version: missing.get(id) ?? '0', text }));
    if (fills.length > 0) records.fill(account, owner, entity, look.epoch, fills, ttlMs).catch(() => {});
    return [...cached, ...fetched];
  }

  /**
   * A valid Kommo webhook arrived naming these records (maybe none): they are read afresh from now
   * on, and the feed counts as healthy. Never throws: a failure is logged, and reads stay fresh
   * once the feed lapses.
   */
  async named(named: NamedIds): Promise<void> {
    const { records, account, ttlMs, logger } = this.options;
    if (ttlMs === 0) return;
    await records.named(account, named, ttlMs).catch((error: unknown) =>
      logger.error('a webhook could not evict the records it names: cached records may be stale until they expire', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}
