/**
 * A typed urql client for Ponte, with the documents graphql-codegen's client preset generates
 * from examples/*.graphql (`npm run generate`). Type-checked by `npm test` and run by
 * test/e2e/edge/clients.test.ts.
 *
 * urql sends queries as GET when they fit a URL (`preferGetMethod: 'within-url-limit'`). Apollo's
 * CSRF prevention, which Ponte keeps on, refuses a GET that a browser could send cross-site
 * without a preflight: give every request the header `apollo-require-preflight: true` (or
 * `x-apollo-operation-name`), or set `preferGetMethod: false` to send everything as a JSON POST.
 */
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { TimelineDocument, type TimelineQuery } from '../__generated__/graphql';

export interface PonteClientOptions {
  /** e.g. https://ponte.example.com/graphql */
  url: string;
  /** An `API_KEYS` key; a JWT goes in `authorization: Bearer …` the same way. */
  apiKey?: string;
}

export function createPonteClient({ url, apiKey }: PonteClientOptions): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({
      headers: { 'apollo-require-preflight': 'true', ...(apiKey === undefined ? {} : { 'x-api-key': apiKey }) },
    }),
  });
}

export type TimelineEvent = TimelineQuery['events']['nodes'][number];

/** The newest `first` events of the Kommo timeline, typed from examples/timeline.graphql. */
export async function latestEvents(client: Client, first = 20): Promise<TimelineEvent[]> {
  const result = await client.query(TimelineDocument, { first }).toPromise();
  if (result.error !== undefined) throw result.error;
  return result.data?.events.nodes ?? [];
}
