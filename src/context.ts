import { randomUUID } from 'node:crypto';
import type { KommoClient } from './kommo/kommo.client';
import { createKommoLoaders } from './kommo/kommo.loaders';
import type { Logger } from './logger';

/** Long-lived upstream clients, built once at boot and shared by every request. */
export interface Services {
  kommo: KommoClient;
  logger: Logger;
}

/** Builds the per-request context: fresh loaders every time, long-lived clients shared. */
export function createContext(services: Services) {
  return {
    requestId: randomUUID(),
    logger: services.logger,
    kommo: services.kommo,
    loaders: { kommo: createKommoLoaders(services.kommo) },
  };
}

export type Context = ReturnType<typeof createContext>;
