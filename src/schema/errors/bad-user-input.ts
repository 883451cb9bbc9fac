import { ErrorCode } from '../../error-codes';
import { GraphQLError } from 'graphql';

/** A BAD_USER_INPUT error naming the offending argument path (e.g. `filter.entityIds`). */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}
