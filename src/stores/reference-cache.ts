import { ExpiringTexts, type ExpiringTextsOptions } from './expiring-texts';

/** A cached reference list: its group (what a write to it invalidates), credential and request. */
export interface CacheEntry {
  /** The list's path, e.g. `/api/v4/leads/pipelines`: a write below it makes a new version. */
  group: string;
  /** A hash of the token the list was read with: another token never reads it. */
  credential: string;
  /** The request (path and query). */
  key: string;
}

/** What a reader needs to know before a GET. */
export interface CacheLook {
  /** The account's write generation: it changes when any write starts and when it ends. */
  generation: number;
  /** The entry's version (its group's and its credential's, when an entry was looked up): fills go under it. */
  version: string;
  /** The cached text of the entry at that version, when there is one. */
  hit: string | undefined;
}

/**
 * Reference data (users, pipelines, task types, custom-field definitions, loss reasons) kept across
 * requests, and the write generations that let reads know about writes: in this process
 * (`createMemoryReferenceCache`) or in Redis, shared by every replica. Entries are stored under the
 * version of their group and credential that the reader saw before its GET, so a write that starts or
 * ends meanwhile, or a rejection of the credential, makes the fill unreachable instead of stale.
 */
export interface ReferenceCache {
  look(account: string, entry?: CacheEntry): Promise<CacheLook>;
  /** Stores `text` under `version` for `ttlMs`. */
  fill(account: string, entry: CacheEntry, version: string, text: string, ttlMs: number): Promise<void>;
  /** Called when a write starts and again when it ends: a new generation, and new versions of `groups`. */
  written(account: string, groups: readonly string[]): Promise<void>;
  /** The upstream rejected `credential` (401): nothing cached for it before is served again. */
  rejected(account: string, credential: string): Promise<void>;
}

export type MemoryReferenceCacheOptions = ExpiringTextsOptions;

/** A `ReferenceCache` in this process: one replica. Bounded; expired entries are swept on fill. */
export function createMemoryReferenceCache(options: MemoryReferenceCacheOptions = {}): ReferenceCache {
  const entries = new ExpiringTexts(options);
  const generations = new Map<string, number>();
  const versions = new Map<string, number>();
  const versionOf = (account: string, counter: string): number => versions.get(`${account} ${counter}`) ?? 0;
  const bump = (account: string, counter: string): void => {
    versions.set(`${account} ${counter}`, versionOf(account, counter) + 1);
  };
  const entryKey = (account: string, entry: CacheEntry, version: string): string =>
    `${account} ${entry.group} ${entry.credential} ${version} ${entry.key}`;

  return {
    async look(account, entry) {
      const generation = generations.get(account) ?? 0;
      if (entry === undefined) return { generation, version: '', hit: undefined };
      const version = `${versionOf(account, entry.group)}.${versionOf(account, `cred:${entry.credential}`)}`;
      return { generation, version, hit: entries.get(entryKey(account, entry, version)) };
    },
    async fill(account, entry, version, text, ttlMs) {
      entries.set([[entryKey(account, entry, version), text]], ttlMs);
    },
    async written(account, groups) {
      generations.set(account, (generations.get(account) ?? 0) + 1);
      for (const group of groups) bump(account, group);
    },
    async rejected(account, credential) {
      bump(account, `cred:${credential}`);
    },
  };
}
