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
 * One round trip before a GET: the account's write generation and, for a reference list, its version
 * (its group's and its credential's) and the entry stored under it. KEYS counters hash; ARGV group
 * ('' for none), credential counter, entry key before and after the version. (The entry's key depends
 * on the version read here, so it is built in the script: Ponte's Redis is one node, not a cluster.)
 */
const LOOK: LuaScript = {
  name: 'ponteReferenceLook',
  keys: 1,
  lua: `if ARGV[1] == '' then return {tonumber(redis.call('HGET', KEYS[1], 'writes') or '0'), '', false} end
local counts = redis.call('HMGET', KEYS[1], 'writes', ARGV[1], ARGV[2])
local version = (counts[2] or '0') .. '.' .. (counts[3] or '0')
return {tonumber(counts[1] or '0'), version, redis.call('GET', ARGV[3] .. version .. ARGV[4])}`,
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
    `${prefix}ref:${account}:${entry.group}:${entry.credential}:v`,
    `:${entry.key}`,
  ];
  const credentialCounter = (credential: string): string => `cred:${credential}`;
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
        const args =
          entry === undefined
            ? ['', '', '', '']
            : [entry.group, credentialCounter(entry.credential), ...entryParts(account, entry)];
        const raw = await runScript(redis, LOOK, [countersKey(account)], args);
        if (!Array.isArray(raw) || raw.length !== 3) throw new Error('unexpected reference cache reply');
        const [generation, version, hit] = raw as unknown[];
        return {
          generation: Number(generation),
          version: String(version),
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
    rejected: (account, credential) =>
      guarded(async () => {
        await redis.hincrby(countersKey(account), credentialCounter(credential), 1);
      }),
  };
}
