import type { LiveBus, LiveMessage } from '../live-bus';
import type { RedisConnection } from './connection';

export interface RedisLiveBusOptions {
  connection: RedisConnection;
  /** Namespace of the claim keys and the channel. */
  prefix: string;
}

/**
 * Live events across replicas: claims are `SET NX PX` keys (the first replica to claim an event
 * publishes it), events travel on one pub/sub channel that every replica listens to.
 */
export function createRedisLiveBus({ connection, prefix }: RedisLiveBusOptions): LiveBus {
  const channel = `${prefix}live:events`;
  const listeners: Array<(message: LiveMessage) => void> = [];
  const onMessage = (from: string, text: string): void => {
    if (from !== channel) return;
    let message: LiveMessage;
    try {
      message = JSON.parse(text) as LiveMessage;
    } catch {
      return;
    }
    for (const listener of listeners) listener(message);
  };
  connection.subscriber.on('message', onMessage);
  const subscribed = connection.subscriber.subscribe(channel);
  return {
    async claim(key, ttlMs) {
      return (await connection.commands.set(`${prefix}live:seen:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async publish(message) {
      await subscribed;
      await connection.commands.publish(channel, JSON.stringify(message));
    },
    listen(listener) {
      listeners.push(listener);
    },
    async close() {
      connection.subscriber.off('message', onMessage);
      listeners.length = 0;
      await connection.subscriber.unsubscribe(channel).catch(() => {});
    },
  };
}
