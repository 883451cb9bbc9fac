import type { Services } from './context';
import { KommoClient } from './kommo/kommo.client';
import type { Logger } from './logger';
import { createBudgetRegistry, type BudgetRegistry } from './upstream/rate-budget';
import { Transport, type RetryPolicy } from './upstream/transport';

export interface KommoEndpoint {
  baseUrl: string;
  token: string;
}

export interface ServiceOptions {
  kommo: KommoEndpoint;
  kommoRateLimitRps: number;
  upstreamTimeoutMs: number;
  logger: Logger;
  /** One budget per Kommo account, shared by every transport built from this registry. */
  budgets?: BudgetRegistry;
  retry?: Partial<RetryPolicy>;
}

/**
 * The sliding window is a little longer than Kommo's second: requests that start exactly 1000 ms
 * apart can arrive closer together after network jitter, and Kommo counts arrivals.
 */
export const KOMMO_WINDOW_MS = 1050;

export interface AppServices extends Services {
  close(): Promise<void>;
}

/** Long-lived clients for one gateway process (or one test). */
export function createServices(options: ServiceOptions): AppServices {
  const budgets = options.budgets ?? createBudgetRegistry({ windowMs: KOMMO_WINDOW_MS });
  const kommoTransport = new Transport({
    upstream: 'kommo',
    baseUrl: options.kommo.baseUrl,
    token: options.kommo.token,
    timeoutMs: options.upstreamTimeoutMs,
    budget: budgets.budgetFor(options.kommo.baseUrl, options.kommoRateLimitRps),
    logger: options.logger,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
  });
  return {
    kommo: new KommoClient(kommoTransport),
    logger: options.logger,
    close: () => kommoTransport.close(),
  };
}
