import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every GraphQL answer is `cache-control: no-store`: the schema has no cache hints, so Apollo's
 * cache-control plugin always came to that answer — after a `willResolveField` hook on every
 * field, which makes Apollo wrap every resolver of every query (a few % of the CPU per query).
 * Its replacement sets the same header once per response.
 */
export function uncacheablePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      requestDidStart: async () => ({
        willSendResponse: async ({ response }) => {
          response.http.headers.set('cache-control', 'no-store');
        },
      }),
    },
  ];
}
