import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws client that connects the way Apollo Router's passthrough mode does: the headers it
 * propagates to the subgraph go on the upgrade request, and the `connection_init` payload is
 * `{"connectionParams": …}`, or absent when there is nothing to put in it.
 */
export function routerClient(
  httpUrl: string,
  headers: Record<string, string>,
  connectionParams?: Record<string, unknown>,
): Client {
  class UpgradeWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: UpgradeWithHeaders,
    ...(connectionParams === undefined ? {} : { connectionParams: { connectionParams } }),
    lazy: true,
    retryAttempts: 0,
  });
}
