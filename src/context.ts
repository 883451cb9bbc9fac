import { randomUUID } from 'node:crypto';
import type { KommoClient } from './kommo/kommo.client';
import { createKommoLoaders } from './kommo/kommo.loaders';
import type { IdempotentRunner } from './idempotency';
import type { Logger } from './logger';
import type { WoofedClient } from './woofed/woofed.client';
import { createWoofedLoaders } from './woofed/woofed.loaders';

/** Long-lived upstream clients, built once at boot and shared by every request. */
export interface Services {
  kommo: KommoClient;
  woofed: WoofedClient;
  /** Runs each idempotency key's write at most once (WoofedCRM messages). */
  sendOnce: IdempotentRunner;
  /** The gateway's clock (tests inject one): "in the past" is judged against it. */
  clock: () => Date;
  logger: Logger;
}

/** Builds the per-request context: fresh loaders every time, long-lived clients shared. */
export function createContext(services: Services) {
  return {
    requestId: randomUUID(),
    logger: services.logger,
    kommo: services.kommo,
    woofed: services.woofed,
    sendOnce: services.sendOnce,
    clock: services.clock,
    loaders: {
      kommo: createKommoLoaders(services.kommo),
      woofed: createWoofedLoaders(services.woofed, services.logger),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
