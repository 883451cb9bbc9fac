import type { Redis } from 'ioredis';
import type { UpstreamName } from '../../upstream/errors';
import type { CacheEntry, ReferenceCache } from '../reference-cache';
import { SharedStateUnavailableError } from '../shared-state-error';
import { runScript, type LuaScript } from './scripts';

export interface RedisReferenceCacheOptions {
  redis: Redis;
  /** Namespace of the keys (tests use their own). */
  prefix: string;
  /** The upstream whose reads use the cache, named when Redis cannot be reached. @default 'kommo' */
  upstream?: UpstreamName;
}

/**
 * One round trip before a GET: the account's write generation and, for a reference list, its group
 * version and the entry stored under it. KEYS generations hash; ARGV group ('' for none), entry key
 * before and after the version. (The entry's key depends on the version read here, so it is built
 * in the script: Ponte's Redis is one node, not a cluster.)
 */
const LOOK: LuaScript = {
  name: 'ponteReferenceLook',
  keys: 1,
  lua: `local group = ARGV[1]
local counts = redis.call('HMGET', KEYS[1], 'writes', group ~= '' and group or 'writes')
local generation, version = tonumber(counts[1] or '0'), tonumber(counts[2] or '0')
if group == '' then return {generation, 0, false} end
return {generation, version, redis.call('GET', ARGV[2] .. version .. ARGV[3])}`,
};

/**
 * The reference cache and write generations in Redis, shared by every replica. Generations and
 * versions are counters in one hash per account (no expiry: a lost counter would bring old fills
 * back); entries expire by their ttl. Failures are `SharedStateUnavailableError`.
 */
export function createRedisReferenceCache(options: RedisReferenceCacheOptions): ReferenceCache {
  const { redis, prefix } = options;
  const upstream = options.upstream ?? 'kommo';
  const countersKey = (account: string): string => `${prefix}ref:${account}:versions`;
  const entryParts = (account: string, entry: CacheEntry): [string, string] => [
    `${prefix}ref:${account}:${entry.group}:v`,
    `:${entry.key}`,
  ];
  const guarded = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw new SharedStateUnavailableError(upstream, error);
    }
  };
  return {
    look: (account, entry) =>
      guarded(async () => {
        const parts = entry === undefined ? ['', ''] : entryParts(account, entry);
        const raw = await runScript(redis, LOOK, [countersKey(account)], [entry?.group ?? '', ...parts]);
        if (!Array.isArray(raw) || raw.length !== 3) throw new Error('unexpected reference cache reply');
        const [generation, version, hit] = raw as unknown[];
        return {
          generation: Number(generation),
          version: Number(version),
          hit: typeof hit === 'string' ? hit : undefined,
        };
      }),
    fill: (account, entry, version, text, ttlMs) =>
      guarded(async () => {
        const [before, after] = entryParts(account, entry);
        await redis.set(`${before}${version}${after}`, text, 'PX', ttlMs);
      }),
    written: (account, groups) =>
      guarded(async () => {
        const key = countersKey(account);
        const multi = redis.multi().hincrby(key, 'writes', 1);
        for (const group of groups) multi.hincrby(key, group, 1);
        await multi.exec();
      }),
  };
}
