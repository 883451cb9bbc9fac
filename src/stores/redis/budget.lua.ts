import { LUA_NOW, type LuaScript } from './scripts';

/**
 * The Redis keys of one account's shared budget (see `RedisBudget` for what they mean). `seq` and
 * `epoch` never expire, so a ticket is never issued twice; the rest expire after a quiet spell.
 */
export interface BudgetKeys {
  inflight: string;
  released: string;
  queue: string;
  leases: string;
  seq: string;
  penalty: string;
  block: string;
  epoch: string;
}

export function budgetKeys(prefix: string, account: string): BudgetKeys {
  const base = `${prefix}budget:${account}:`;
  return {
    inflight: `${base}inflight`,
    released: `${base}released`,
    queue: `${base}queue`,
    leases: `${base}leases`,
    seq: `${base}seq`,
    penalty: `${base}penalty`,
    block: `${base}block`,
    epoch: `${base}epoch`,
  };
}

export const PUMP_KEYS = ['inflight', 'released', 'queue', 'leases', 'seq', 'penalty', 'block', 'epoch'] as const;

/**
 * One replica's turn at the queue, atomic on Redis's clock. ARGV: limit, windowMs, inflightLeaseMs,
 * waiterLeaseMs, the epoch this replica knows ('' at first), the notice channel, how many new tickets
 * to issue, then the replica's tickets in its FIFO order. Answers {epoch, blockKind or '',
 * blockRemainingMs, new tickets, granted tickets, waitMs (-1: until a notice)}.
 *
 * A ticket at rank r of the shared queue may start only while more than r slots are free, so the r
 * tickets ahead of it, on any replica, still find theirs: the queue is FIFO across replicas.
 * When the epoch key is missing although this replica knew one (or differs from the one it knew),
 * Redis lost the budget's state while requests may still be in flight: every start waits until
 * such a request's slot would surely have expired.
 */
export const PUMP: LuaScript = {
  name: 'ponteBudgetPump',
  keys: PUMP_KEYS.length,
  lua: `${LUA_NOW}
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local inflightLease, waiterLease = tonumber(ARGV[3]), tonumber(ARGV[4])
local known, channel, fresh = ARGV[5], ARGV[6], tonumber(ARGV[7])
local keep = inflightLease + window + waiterLease

local epoch = redis.call('GET', KEYS[8])
local holdUntil = 0
if not epoch then
  epoch = clock[1] .. '.' .. clock[2]
  redis.call('SET', KEYS[8], epoch)
  if known ~= '' then holdUntil = now + inflightLease end
elseif known ~= '' and known ~= epoch then
  holdUntil = tonumber(string.match(epoch, '^(%d+)')) * 1000 + inflightLease
end
local penalty = tonumber(redis.call('GET', KEYS[6]) or '0')
if holdUntil > now and holdUntil > penalty then
  redis.call('SET', KEYS[6], holdUntil, 'PX', holdUntil - now)
  penalty = holdUntil
end

local blockKind = redis.call('GET', KEYS[7])
if blockKind then
  local remaining = redis.call('PTTL', KEYS[7])
  if remaining > 0 then
    for i = 8, #ARGV do
      redis.call('ZREM', KEYS[3], ARGV[i])
      redis.call('ZREM', KEYS[4], ARGV[i])
    end
    return {epoch, blockKind, remaining, {}, {}, -1}
  end
end

redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now)) do
  redis.call('ZREM', KEYS[3], gone)
end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)

local tickets = {}
for i = 8, #ARGV do
  local ticket = ARGV[i]
  tickets[#tickets + 1] = ticket
  if not redis.call('ZSCORE', KEYS[3], ticket) then
    redis.call('ZADD', KEYS[3], tonumber(string.match(ticket, '(%d+)$')), ticket)
  end
  redis.call('ZADD', KEYS[4], now + waiterLease, ticket)
end
local issued = {}
for _ = 1, fresh do
  local seq = redis.call('INCR', KEYS[5])
  local ticket = epoch .. ':' .. seq
  redis.call('ZADD', KEYS[3], seq, ticket)
  redis.call('ZADD', KEYS[4], now + waiterLease, ticket)
  issued[#issued + 1] = ticket
  tickets[#tickets + 1] = ticket
end

local granted = {}
local wait = -1
if penalty > now then
  wait = penalty - now
else
  local free = limit - redis.call('ZCARD', KEYS[1]) - redis.call('ZCARD', KEYS[2])
  for _, ticket in ipairs(tickets) do
    if free <= 0 then break end
    local rank = redis.call('ZRANK', KEYS[3], ticket)
    if (not rank) or rank >= free then break end
    redis.call('ZREM', KEYS[3], ticket)
    redis.call('ZREM', KEYS[4], ticket)
    redis.call('ZADD', KEYS[1], now + inflightLease, ticket)
    granted[#granted + 1] = ticket
    free = free - 1
  end
  if #granted < #tickets and free <= 0 then
    local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
    if first[2] then wait = tonumber(first[2]) - now end
  end
  if #granted > 0 then redis.call('PUBLISH', channel, 'granted') end
end
for i = 1, 4 do redis.call('PEXPIRE', KEYS[i], keep) end
return {epoch, '', 0, issued, granted, wait}`,
};

/** What `PUMP` answers, checked. */
export interface PumpReply {
  epoch: string;
  blockKind: string;
  blockRemainingMs: number;
  issued: string[];
  granted: string[];
  waitMs: number;
}

export function parsePumpReply(raw: unknown): PumpReply {
  if (!Array.isArray(raw) || raw.length !== 6) throw new Error('unexpected budget script reply');
  const [epoch, blockKind, remaining, issued, granted, waitMs] = raw as unknown[];
  return {
    epoch: String(epoch),
    blockKind: String(blockKind),
    blockRemainingMs: Number(remaining),
    issued: Array.isArray(issued) ? issued.map(String) : [],
    granted: Array.isArray(granted) ? granted.map(String) : [],
    waitMs: Number(waitMs),
  };
}

/** The response began (or the attempt failed): the slot is held one more window. KEYS inflight, released; ARGV windowMs, ticket, channel, keepMs. */
export const RELEASE: LuaScript = {
  name: 'ponteBudgetRelease',
  keys: 2,
  lua: `${LUA_NOW}
redis.call('ZREM', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('PUBLISH', ARGV[3], 'released')
return 1`,
};

/**
 * A ticket given back: its caller left the queue (its client went away), or was granted a slot it
 * never used (nothing was sent, so the slot is free at once). KEYS inflight, queue, leases; ARGV ticket, channel.
 */
export const WITHDRAW: LuaScript = {
  name: 'ponteBudgetWithdraw',
  keys: 3,
  lua: `for i = 1, 3 do redis.call('ZREM', KEYS[i], ARGV[1]) end
redis.call('PUBLISH', ARGV[2], 'withdrawn')
return 1`,
};

/** No start before now + ms, never shortening a longer penalty. KEYS penalty; ARGV ms, channel. */
export const PENALIZE: LuaScript = {
  name: 'ponteBudgetPenalize',
  keys: 1,
  lua: `${LUA_NOW}
local ms = tonumber(ARGV[1])
local untilMs = now + ms
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], untilMs, 'PX', ms)
  redis.call('PUBLISH', ARGV[2], 'penalized')
end
return 1`,
};

/** Every start refused for ms, with the error `kind` names, never shortening a longer block. KEYS block; ARGV kind, ms, channel. */
export const BLOCK: LuaScript = {
  name: 'ponteBudgetBlock',
  keys: 1,
  lua: `if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  redis.call('PUBLISH', ARGV[3], 'blocked')
end
return 1`,
};
