import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResult } from '../../helpers/harness';

/** One subscription's results as they arrive, and how it ended. */
export interface Subscribed<T> {
  results: Array<GraphQLResult<T>>;
  /** Resolves with the close error (or undefined once completed). */
  ended: Promise<unknown>;
  /** Resolves once `count` results have arrived. */
  received(count: number): Promise<Array<GraphQLResult<T>>>;
  stop(): void;
}

/** A graphql-ws client on the gateway's `/graphql`, with `connection_init` payload `params`. */
export function liveClient(httpUrl: string, params: Record<string, string> = {}): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: params,
    lazy: true,
    retryAttempts: 0,
  });
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Subscribed<T> {
  const results: Array<GraphQLResult<T>> = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let stop = (): void => {};
  const ended = new Promise<unknown>((resolve) => {
    stop = client.subscribe<T>(
      { query, ...(variables === undefined ? {} : { variables }) },
      {
        next: (result) => {
          results.push(result as GraphQLResult<T>);
          for (const waiter of waiters.filter((w) => results.length >= w.count)) waiter.resolve();
        },
        error: (error) => resolve(error),
        complete: () => resolve(undefined),
      },
    );
  });
  return {
    results,
    ended,
    stop: () => stop(),
    received: (count) =>
      results.length >= count
        ? Promise.resolve(results)
        : new Promise((resolve) => waiters.push({ count, resolve: () => resolve(results) })),
  };
}

/** Waits (checking every few ms) until `condition` holds; fails after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
