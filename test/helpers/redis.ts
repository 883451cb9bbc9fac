import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Readiness } from '../../src/readiness';
import { connectRedis, type RedisConnection } from '../../src/stores/redis/connection';
import { recordingLogger } from './recording-logger';

/** The machine's Redis (`.ci/run` starts it). Tests use db 0 only under their own key prefix. */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/** A key prefix of its own for one test, so that tests never see each other's keys. */
export function testPrefix(name: string): string {
  return `ponte-test:${name}:${randomUUID().slice(0, 8)}:`;
}

/** A plain client for looking at and cleaning up a test's keys; quit it after the tests. */
export function inspector(): Redis {
  return new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
}

/** Deletes every key under `prefix` (never FLUSHDB: other work shares this Redis). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** A gateway's connection (what `openRedisStores` makes), ready, with its readiness and log. */
export async function readyConnection(url = TEST_REDIS_URL) {
  const readiness = new Readiness();
  const logger = recordingLogger();
  const connection: RedisConnection = connectRedis({ url, readiness, logger });
  await connection.ready(2000);
  return { connection, readiness, logger };
}

/**
 * For a test file on the real Redis: each test gets a key prefix of its own, and after it its
 * connections are closed and its keys deleted; the inspecting client quits after the file.
 */
export function useTestRedis(name: string) {
  const redis = inspector();
  const users: Array<{ close(): Promise<void> }> = [];
  const connections: RedisConnection[] = [];
  let prefix = '';
  beforeEach(() => {
    prefix = testPrefix(name);
  });
  afterEach(async () => {
    for (const user of users.splice(0)) await user.close();
    for (const connection of connections.splice(0)) await connection.close();
    await deleteKeys(redis, prefix);
  });
  afterAll(() => redis.quit());
  return {
    /** A plain client to look at the test's keys. */
    redis,
    get prefix(): string {
      return prefix;
    },
    /** A ready connection, as one gateway process opens it, with its readiness. */
    async connect() {
      const opened = await readyConnection();
      connections.push(opened.connection);
      return opened;
    },
    /** Closed after the test, before the connections it uses. */
    track<T extends { close(): Promise<void> }>(user: T): T {
      users.push(user);
      return user;
    },
    /** A connection to a Redis that is not there (nothing listens on port 1). */
    unreachable() {
      const readiness = new Readiness();
      const connection = connectRedis({ url: 'redis://127.0.0.1:1', readiness, logger: recordingLogger() });
      connections.push(connection);
      return { connection, readiness };
    },
  };
}

/** Resolves once `check` holds, looking every few ms (for state another process changes). */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
