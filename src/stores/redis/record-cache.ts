import type { Redis } from 'ioredis';
import type { RecordCache } from '../record-cache';
import { SharedStateUnavailableError } from '../shared-state-error';
import { runScript, type LuaScript } from './scripts';

export interface RedisRecordCacheOptions {
  redis: Redis;
  /** Namespace of the keys (tests use their own). */
  prefix: string;
}

/**
 * One round trip before a GET: the feed's epoch (none: the feed is not healthy) and, for each id,
 * its version and the entry under it. KEYS feed; ARGV epoch base, owner and entity part, entity, ids.
 * (Entry keys depend on the epoch and versions read here, so they are built in the script, like the
 * reference cache's: Ponte's Redis is one node, not a cluster.)
 */
const LOOK: LuaScript = {
  name: 'ponteRecordLook',
  keys: 1,
  lua: `local epoch = redis.call('GET', KEYS[1])
if not epoch then return {} end
local base = ARGV[1] .. epoch
local reply = {epoch}
for i = 4, #ARGV do
  local version = redis.call('HGET', base .. ':versions', ARGV[3] .. ':' .. ARGV[i]) or '0'
  reply[#reply + 1] = version
  reply[#reply + 1] = redis.call('GET', base .. ARGV[2] .. ARGV[i] .. ':v' .. version)
end
return reply`,
};

/**
 * A webhook named records: new versions under the current epoch (a new epoch when the feed had
 * lapsed), then the feed is healthy for ARGV[2] ms. KEYS feed, epoch counter; ARGV epoch base,
 * feed ms, `entity:id` fields. The versions outlive the feed a little, never the other way round.
 */
const NAMED: LuaScript = {
  name: 'ponteRecordNamed',
  keys: 2,
  lua: `local epoch = redis.call('GET', KEYS[1])
if not epoch then epoch = tostring(redis.call('INCR', KEYS[2])) end
local versions = ARGV[1] .. epoch .. ':versions'
for i = 3, #ARGV do redis.call('HINCRBY', versions, ARGV[i], 1) end
redis.call('PEXPIRE', versions, tonumber(ARGV[2]) + 1000)
redis.call('SET', KEYS[1], epoch, 'PX', ARGV[2])
return epoch`,
};

/**
 * The record cache in Redis, shared by every replica: an eviction by the replica that took the
 * webhook is seen by all. Every key expires (entries by their ttl, versions with their epoch's feed);
 * only the epoch counter stays, one small key per account. Failures are `SharedStateUnavailableError`.
 */
export function createRedisRecordCache({ redis, prefix }: RedisRecordCacheOptions): RecordCache {
  const keys = (account: string) => ({
    feed: `${prefix}rec:${account}:feed`,
    epochs: `${prefix}rec:${account}:epochs`,
    epochBase: `${prefix}rec:${account}:e`,
  });
  const guarded = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw new SharedStateUnavailableError('kommo', error);
    }
  };
  return {
    look: (account, owner, entity, ids) =>
      guarded(async () => {
        const { feed, epochBase } = keys(account);
        const raw = await runScript(redis, LOOK, [feed], [epochBase, `:${owner}:${entity}:`, entity, ...ids]);
        if (!Array.isArray(raw) || (raw.length !== 0 && raw.length !== 1 + 2 * ids.length))
          throw new Error('unexpected record cache reply');
        if (raw.length === 0) return { epoch: undefined, versions: [], hits: [] };
        const reply = raw as unknown[];
        return {
          epoch: String(reply[0]),
          versions: ids.map((_id, i) => String(reply[1 + 2 * i])),
          hits: ids.map((_id, i) => {
            const hit = reply[2 + 2 * i];
            return typeof hit === 'string' ? hit : undefined;
          }),
        };
      }),
    fill: (account, owner, entity, epoch, rows, ttlMs) =>
      guarded(async () => {
        const base = `${keys(account).epochBase}${epoch}:${owner}:${entity}:`;
        const multi = redis.multi();
        for (const row of rows) multi.set(`${base}${row.id}:v${row.version}`, row.text, 'PX', ttlMs);
        await multi.exec();
      }),
    named: (account, records, feedMs) =>
      guarded(async () => {
        const { feed, epochs, epochBase } = keys(account);
        const fields = records.flatMap(({ entity, ids }) => ids.map((id) => `${entity}:${id}`));
        await runScript(redis, NAMED, [feed, epochs], [epochBase, feedMs, ...fields]);
      }),
  };
}
