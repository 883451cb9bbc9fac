import { ErrorCode } from '../../error-codes';
import { GraphQLError } from 'graphql';

/** One thing wrong with an input, named by its argument path (`input[3].name`, `filter.entityIds`). */
export interface InputProblem {
  field: string;
  message: string;
  /** Kommo's validation code, when Kommo found the problem. */
  code?: string;
  /** Kommo's own path of the field, when Kommo found the problem. */
  upstreamPath?: string;
}

/** The gateway's one wording for a broken rule: `Invalid <field>: <rule>.` */
export function problem(field: string, rule: string): InputProblem {
  return { field, message: `Invalid ${field}: ${rule}.` };
}

/**
 * One BAD_USER_INPUT error for all the problems of an input (a resolver can raise only one):
 * the message and `extensions.field` name the first, `extensions.problems` lists every one.
 */
export function badInputError(
  problems: readonly InputProblem[],
  extensions: Record<string, unknown> = {},
): GraphQLError {
  const [first] = problems;
  const more = problems.length - 1;
  const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}: see extensions.problems)` : '';
  return new GraphQLError(`${first?.message ?? 'Invalid input.'}${suffix}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field ?? 'input', problems, ...extensions },
  });
}
