import { asArray, asId, isRecord, path } from '../../lib/decode';
import { failedWrite, UpstreamBadResponseError, UpstreamError, UpstreamUnavailableError } from '../../upstream/errors';
import type { UpstreamResponse } from '../../upstream/transport';
import type { KommoClient, RecordPath } from '../kommo.client';
import type { WriteRow } from './write-row';

/** Kommo takes at most 250 records per write request (reference §5); more is a 422. */
export const KOMMO_WRITE_LIMIT = 250;

export interface CreatedItem {
  /** Position in the caller's rows. */
  index: number;
  id: string;
}

/**
 * A batched create stopped at one batch. Every earlier batch was written (`committed`); no later
 * batch was sent. The failed batch was not written when Kommo refused it (validation errors,
 * 401, 402, 403, 404, 429: Kommo rejects a batch whole, before writing); after a timeout, a lost
 * connection, a 5xx or an unreadable answer nobody knows, so `uncertain` is true and the caller
 * must not claim either outcome.
 */
export class BatchWriteError extends Error {
  constructor(
    readonly error: unknown,
    readonly committed: CreatedItem[],
    readonly failed: { from: number; to: number },
    readonly uncertain: boolean,
  ) {
    super(error instanceof Error ? error.message : 'Kommo write failed', { cause: error });
    this.name = 'BatchWriteError';
  }
}

/**
 * `POST /api/v4/{entity}` in batches of ≤ 250 rows, strictly one after another (writes are never
 * sent in parallel, and each goes through the request budget). Each row carries `request_id` =
 * its index in `rows`; the answer is matched back by it, so the ids come back in `rows` order.
 * Throws `BatchWriteError` when a batch fails or its answer does not name every row.
 */
export async function createInBatches(
  client: Pick<KommoClient, 'createRecords'>,
  entity: RecordPath,
  rows: readonly WriteRow[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < rows.length; from += KOMMO_WRITE_LIMIT) {
    const batch = rows
      .slice(from, from + KOMMO_WRITE_LIMIT)
      .map((row, offset) => ({ ...row, request_id: String(from + offset) }));
    const failed = { from, to: from + batch.length - 1 };
    const committed = () => ids.map((id, index) => ({ index, id }));
    let response: UpstreamResponse;
    try {
      response = await client.createRecords(entity, batch);
    } catch (error) {
      throw new BatchWriteError(error, committed(), failed, mayHaveWritten(error));
    }
    const matched = matchByRequestId(
      response.body,
      entity,
      batch.map((row) => row.request_id),
    );
    if (matched === undefined)
      throw new BatchWriteError(
        failedWrite(new UpstreamBadResponseError('kommo', response.status, 'not of the documented shape')),
        committed(),
        failed,
        true,
      );
    ids.push(...matched);
  }
  return ids;
}

/**
 * Whether Kommo may have stored a batch that failed with `error`: after a timeout, a connection
 * lost mid-request or a 5xx (`mayHaveBeenProcessed`; a refused connection sent nothing), or an
 * answer Ponte could not read. Any other upstream error is a refusal. Anything else is unknown.
 */
function mayHaveWritten(error: unknown): boolean {
  if (error instanceof UpstreamUnavailableError) return error.mayHaveBeenProcessed;
  if (error instanceof UpstreamBadResponseError) return true;
  return !(error instanceof UpstreamError);
}

/** The ids of `_embedded[entity]` in `requestIds` order; `undefined` unless every request id is answered. */
export function matchByRequestId(
  body: unknown,
  entity: RecordPath,
  requestIds: readonly string[],
): string[] | undefined {
  const byRequest = new Map<string, string>();
  for (const item of asArray(path(body, '_embedded', entity)) ?? []) {
    const requestId = isRecord(item) ? asId(item['request_id']) : undefined;
    const id = isRecord(item) ? asId(item['id']) : undefined;
    if (requestId !== undefined && id !== undefined) byRequest.set(requestId, id);
  }
  const ids = requestIds.map((requestId) => byRequest.get(requestId));
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}

/** `PATCH /api/v4/{entity}/{id}` with one object. Throws `UpstreamBadResponseError` when the answer names another record. */
export async function updateOne(
  client: Pick<KommoClient, 'updateRecord'>,
  entity: RecordPath,
  id: string,
  row: WriteRow,
): Promise<void> {
  const { status, body } = await client.updateRecord(entity, id, row);
  if (asId(path(body, 'id')) !== id) {
    throw failedWrite(new UpstreamBadResponseError('kommo', status, 'not of the documented shape'));
  }
}
