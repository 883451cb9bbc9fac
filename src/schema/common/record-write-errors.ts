import { GraphQLError } from 'graphql';
import { upstreamExtensions } from '../../errors';
import type { BatchWriteError } from '../../kommo/writes/batches';
import { inputFieldOf } from '../../kommo/writes/field-paths';
import { UpstreamError, UpstreamValidationError } from '../../upstream/errors';
import { badInputError, type InputProblem } from './bad-user-input';

/** What a write that failed upstream becomes in GraphQL. */

export interface CommittedItem {
  index?: number;
  id: string;
}

/** Kommo's `validation-errors`, each pointed at an input field: `itemOf(request_id)` names the item. */
function kommoProblems(
  error: UpstreamValidationError,
  itemOf: (requestId: string | undefined) => string,
): InputProblem[] {
  return error.problems.map((upstream) => {
    const item = itemOf(upstream.requestId);
    const sub = inputFieldOf(upstream.path);
    const field = sub === '' ? item : `${item}${sub.startsWith('[') ? '' : '.'}${sub}`;
    const found: InputProblem = { field, message: `Kommo rejected ${field}: ${upstream.detail}` };
    if (upstream.code !== undefined) found.code = upstream.code;
    if (upstream.path !== undefined) found.upstreamPath = upstream.path;
    return found;
  });
}

/**
 * A batched create that failed. Kommo's validation errors → BAD_USER_INPUT naming the failing
 * items (request_id = input index); other upstream errors keep their code. Either way
 * `extensions.committed` lists the items earlier batches created (`{index, id}`), and
 * `extensions.uncertain` the indices of a batch whose outcome is unknown (timeout, lost
 * connection, 5xx, unreadable answer). Items in neither list were not written (a 401, 402, 403
 * or 429 is a refusal).
 */
export function createFailure(failure: BatchWriteError): unknown {
  const { error, committed, failed } = failure;
  if (error instanceof UpstreamValidationError) {
    const itemOf = (requestId: string | undefined): string => {
      const index = requestId !== undefined && /^\d+$/.test(requestId) ? Number(requestId) : undefined;
      if (index !== undefined && index >= failed.from && index <= failed.to) return `input[${index}]`;
      return failed.from === failed.to ? `input[${failed.from}]` : 'input';
    };
    return badInputError(kommoProblems(error, itemOf), { upstream: error.upstream, status: error.status, committed });
  }
  if (!(error instanceof UpstreamError)) return error;
  const range = Array.from({ length: failed.to - failed.from + 1 }, (_, offset) => failed.from + offset);
  const before = committed.length > 0 ? `; input[0..${committed.length - 1}] were created (extensions.committed)` : '';
  const unknown = failure.uncertain ? `; whether input[${failed.from}..${failed.to}] were created is unknown` : '';
  return new GraphQLError(`${error.message}${before}${unknown}`, {
    extensions: { ...upstreamExtensions(error), committed, ...(failure.uncertain ? { uncertain: range } : {}) },
  });
}

/** An update Kommo refused: its validation errors → BAD_USER_INPUT on `input.<field>`; anything else unchanged. */
export function updateFailure(error: unknown): unknown {
  if (!(error instanceof UpstreamValidationError)) return error;
  return badInputError(
    kommoProblems(error, () => 'input'),
    { upstream: error.upstream, status: error.status },
  );
}

/** The write went through but reading it back failed: say so, with what was written. */
export function readBackFailure(error: unknown, committed: readonly CommittedItem[]): unknown {
  if (!(error instanceof UpstreamError)) return error;
  return new GraphQLError(`The write succeeded, but reading it back failed: ${error.message}`, {
    extensions: { ...upstreamExtensions(error), committed },
  });
}
