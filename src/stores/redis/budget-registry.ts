import { originOf, type BudgetRegistry } from '../../upstream/rate-budget';
import { budgetKeys } from './budget.lua';
import type { RedisConnection } from './connection';
import { RedisBudget } from './redis-budget';

export interface RedisBudgetRegistryOptions {
  connection: RedisConnection;
  /** Namespace of every key and channel (tests use their own). */
  prefix: string;
  windowMs: number;
  /** See `RedisBudgetOptions.inflightLeaseMs`. */
  inflightLeaseMs: number;
  waiterLeaseMs?: number;
  pollMs?: number;
}

export type ClosableBudgetRegistry = BudgetRegistry & { close(): Promise<void> };

/**
 * One shared budget per Kommo account (its origin), in Redis. The registry listens on one subscriber
 * connection for every account's notices and hands each to its budget.
 */
export function createRedisBudgetRegistry(options: RedisBudgetRegistryOptions): ClosableBudgetRegistry {
  const { connection, prefix } = options;
  const byChannel = new Map<string, RedisBudget>();
  const onMessage = (channel: string): void => byChannel.get(channel)?.notice();
  connection.subscriber.on('message', onMessage);
  return {
    budgetFor(key, limit) {
      const account = originOf(key);
      const channel = `${prefix}budget:${account}:notices`;
      let budget = byChannel.get(channel);
      if (budget === undefined) {
        budget = new RedisBudget({
          redis: connection.commands,
          keys: budgetKeys(prefix, account),
          channel,
          limit,
          windowMs: options.windowMs,
          inflightLeaseMs: options.inflightLeaseMs,
          waiterLeaseMs: options.waiterLeaseMs,
          pollMs: options.pollMs,
        });
        byChannel.set(channel, budget);
        // Missed notices only cost a poll interval, so a failed subscription is not fatal.
        connection.subscriber.subscribe(channel).catch(() => {});
      }
      return budget;
    },
    async close() {
      connection.subscriber.off('message', onMessage);
      for (const budget of byChannel.values()) budget.close();
    },
  };
}
