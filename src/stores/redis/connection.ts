import { Redis } from 'ioredis';
import type { Logger } from '../../logger';
import type { Readiness } from '../../readiness';

export interface RedisConnectionOptions {
  url: string;
  /** Told when Redis becomes unreachable and when it is back (`/ready`). */
  readiness: Readiness;
  logger: Logger;
  /** A command that gets no answer within this fails (a hung Redis must not hang requests). @default 2000 */
  commandTimeoutMs?: number;
}

/** Two connections to one Redis: commands and scripts, and a subscriber for notices between replicas. */
export interface RedisConnection {
  commands: Redis;
  subscriber: Redis;
  /** Resolves true once the command connection is ready, false when `timeoutMs` passes first. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

const PART = 'redis';

/**
 * Connects to `REDIS_URL`. Commands fail at once while the connection is down (no offline queue) and
 * are never resent after a reconnect: a budget grant or an idempotency claim that is sent late, or
 * twice, would be worse than one that fails. The connection retries on its own, and `readiness` has a
 * reason for as long as it is down. Neither the URL (it may hold a password) nor any key is logged.
 */
export function connectRedis(options: RedisConnectionOptions): RedisConnection {
  const { readiness, logger } = options;
  const commands = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    connectTimeout: 2000,
    connectionName: 'ponte',
    retryStrategy: (times) => Math.min(times * 100, 2000),
  });
  // Subscriptions may be asked for before the connection is up: they wait for it, and come back after a reconnect.
  const subscriber = commands.duplicate({ connectionName: 'ponte-notices', enableOfflineQueue: true });
  readiness.set(PART, 'connecting to Redis (REDIS_URL)');
  let down = false;
  commands.on('ready', () => {
    readiness.set(PART, undefined);
    if (down) logger.info('Redis is reachable again: shared budget, idempotency keys and cache resume');
    down = false;
  });
  const lost = (error?: Error): void => {
    readiness.set(PART, 'Redis (REDIS_URL) is unreachable: Kommo calls and keyed sends fail until it is back');
    if (!down && error !== undefined) {
      logger.error(
        'Redis is unreachable: Kommo calls and keyed sends fail with UPSTREAM_UNAVAILABLE until it is back',
        {
          error: error.message,
        },
      );
    }
    if (error !== undefined) down = true;
  };
  commands.on('error', lost);
  commands.on('close', () => lost());
  // The subscriber only speeds up the budget's queue (it also polls); its errors are not news.
  subscriber.on('error', () => {});
  void commands.connect().catch(() => {});
  void subscriber.connect().catch(() => {});

  return {
    commands,
    subscriber,
    ready: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (commands.status === 'ready') return resolve(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        const onReady = (): void => done(true);
        function done(ok: boolean): void {
          clearTimeout(timer);
          commands.off('ready', onReady);
          resolve(ok);
        }
        commands.on('ready', onReady);
      }),
    async close() {
      await Promise.all([quit(subscriber), quit(commands)]);
    },
  };
}

/** QUIT when connected (pending replies arrive first), else stop reconnecting at once. */
async function quit(redis: Redis): Promise<void> {
  // Disconnecting an ended connection again would leave a 2 s timer on its closed socket.
  if (redis.status === 'end') return;
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // fall through: the connection went away meanwhile
    }
  }
  redis.disconnect();
}
