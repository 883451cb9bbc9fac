import type { Redis } from 'ioredis';

/** A Lua script run atomically by Redis, with its keys first and its arguments after. */
export interface LuaScript {
  /** The command name ioredis defines for it (EVALSHA, falling back to EVAL when Redis lacks it). */
  name: string;
  keys: number;
  lua: string;
}

type ScriptCommand = (...args: Array<string | number>) => Promise<unknown>;

const defined = new WeakMap<Redis, Set<string>>();

/** Runs `script` on `redis`, defining it on first use. The reply is unchecked (`unknown`). */
export function runScript(
  redis: Redis,
  script: LuaScript,
  keys: readonly string[],
  args: ReadonlyArray<string | number>,
): Promise<unknown> {
  if (keys.length !== script.keys) throw new TypeError(`${script.name} takes ${script.keys} keys, got ${keys.length}`);
  let names = defined.get(redis);
  if (names === undefined) defined.set(redis, (names = new Set()));
  if (!names.has(script.name)) {
    redis.defineCommand(script.name, { numberOfKeys: script.keys, lua: script.lua });
    names.add(script.name);
  }
  const command = (redis as unknown as Record<string, ScriptCommand | undefined>)[script.name];
  if (command === undefined) throw new Error(`script ${script.name} is not defined`);
  return command.call(redis, ...keys, ...args);
}

/** Redis's clock in ms, at the start of a script (`TIME` is seconds and microseconds). */
export const LUA_NOW = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`;
