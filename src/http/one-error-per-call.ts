import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';

/**
 * One error per failed upstream call: a batched call that fails rejects every field that waited on
 * it with the same error, and graphql-js reports each. Only the first (its path) is kept; the other
 * fields are null all the same.
 */
export function oneErrorPerCall<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (response.body.kind !== 'single') return;
          const formatted = response.body.singleResult.errors;
          // Apollo formats `errors` one to one, in order; anything else is left as it is.
          if (formatted === undefined || errors === undefined || errors.length !== formatted.length) return;
          const seen = new Set<unknown>();
          const kept = formatted.filter((_, index) => firstOfItsCall(errors[index], seen));
          if (kept.length < formatted.length) response.body.singleResult.errors = kept;
        },
      };
    },
  };
}

function firstOfItsCall(error: GraphQLError | undefined, seen: Set<unknown>): boolean {
  const cause = error?.originalError;
  if (cause === undefined || cause === null) return true;
  if (seen.has(cause)) return false;
  seen.add(cause);
  return true;
}
