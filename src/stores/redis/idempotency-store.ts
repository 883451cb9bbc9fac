import type { Redis } from 'ioredis';
import type { IdempotencyRecord, IdempotencyStore } from '../../idempotency';
import { parseJson } from '../../upstream/body';
import type { UpstreamName } from '../../upstream/errors';
import { SharedStateUnavailableError } from '../shared-state-error';
import { runScript, type LuaScript } from './scripts';

export interface RedisIdempotencyStoreOptions {
  redis: Redis;
  /** Namespace of the keys (tests use their own). */
  prefix: string;
  /** The upstream the keyed sends go to, named when the store cannot be reached. @default 'woofed' */
  upstream?: UpstreamName;
}

/** Reads a record: a pending one whose lease key is gone was abandoned. KEYS record, lease. */
const READ = `local record = redis.call('HMGET', KEYS[1], 'fingerprint', 'state', 'result')
if not record[1] then return false end
local state = record[2]
if state == 'pending' and redis.call('EXISTS', KEYS[2]) == 0 then state = 'abandoned' end
return {record[1], state, record[3] or ''}`;

const CLAIM: LuaScript = {
  name: 'ponteIdempotencyClaim',
  keys: 2,
  // ARGV fingerprint, ttlMs, leaseMs. The whole read-or-claim is one script: two replicas never both own a key.
  lua: `local existing = (function()
${READ}
end)()
if existing then return existing end
redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'state', 'pending')
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
return false`,
};

const GET: LuaScript = { name: 'ponteIdempotencyGet', keys: 2, lua: READ };

const COMPLETE: LuaScript = {
  name: 'ponteIdempotencyComplete',
  keys: 2,
  // ARGV fingerprint, result JSON, ttlMs.
  lua: `redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'state', 'done', 'result', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('DEL', KEYS[2])
return 1`,
};

/**
 * Idempotency keys in Redis, shared by every replica and kept across restarts (as long as Redis keeps
 * its data). A key is a hash (fingerprint, state, result JSON) that lives `ttlMs` (24 h) from its
 * claim and again from its completion; a second key, the lease, marks a pending claim whose holder
 * is alive. When the lease ends before a result is stored, the claim reads as `abandoned`.
 * Every failure to reach Redis is a `SharedStateUnavailableError`: nothing is sent without the key.
 */
export function createRedisIdempotencyStore(options: RedisIdempotencyStoreOptions): IdempotencyStore {
  const { redis, prefix } = options;
  const upstream = options.upstream ?? 'woofed';
  const keys = (key: string): [string, string] => [`${prefix}idem:${key}`, `${prefix}idem:${key}:lease`];
  const run = async (script: LuaScript, key: string, args: Array<string | number>): Promise<unknown> => {
    try {
      return await runScript(redis, script, keys(key), args);
    } catch (error) {
      throw new SharedStateUnavailableError(upstream, error);
    }
  };
  return {
    async claim(key, fingerprint, { leaseMs, ttlMs }) {
      return parseRecord(await run(CLAIM, key, [fingerprint, ttlMs, leaseMs]));
    },
    async complete(key, fingerprint, result, ttlMs) {
      await run(COMPLETE, key, [fingerprint, JSON.stringify(result), ttlMs]);
    },
    async release(key) {
      try {
        await redis.del(...keys(key));
      } catch (error) {
        throw new SharedStateUnavailableError(upstream, error);
      }
    },
    async get(key) {
      return parseRecord(await run(GET, key, []));
    },
  };
}

function parseRecord(raw: unknown): IdempotencyRecord | undefined {
  if (raw === null) return undefined;
  if (!Array.isArray(raw)) throw new Error('unexpected idempotency script reply');
  const [fingerprint, state, result] = raw.map(String);
  if (state !== 'pending' && state !== 'abandoned' && state !== 'done') {
    throw new Error('unexpected idempotency record state');
  }
  const record: IdempotencyRecord = { fingerprint: fingerprint ?? '', state };
  if (state === 'done') {
    const parsed = parseJson(result ?? '');
    if (!parsed.ok) throw new Error('unreadable idempotency result');
    record.result = parsed.value;
  }
  return record;
}
