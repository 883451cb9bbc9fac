import { BatchWriteError, createInBatches } from '../../../src/kommo/writes/batches';
import type { WriteRow } from '../../../src/kommo/writes/write-row';
import {
  UpstreamAuthError,
  UpstreamBadResponseError,
  UpstreamForbiddenError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  UpstreamValidationError,
} from '../../../src/upstream/errors';

import type { UpstreamResponse } from '../../../src/upstream/transport';

type Answer = (rows: WriteRow[]) => unknown;

/** A fake client that records each batch and how many were in flight at once. */
function fakeClient(answers: Answer[]) {
  const batches: WriteRow[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    batches,
    maxInFlight: () => maxInFlight,
    client: {
      async createRecords(_entity: string, rows: readonly unknown[]): Promise<UpstreamResponse> {
        const batch = rows as WriteRow[];
        batches.push(batch);
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        const answer = answers[batches.length - 1] ?? created;
        return { status: 200, body: await answer(batch) };
      },
    },
  };
}

/** Kommo's answer, deliberately out of order: matching must go by request_id. */
const created: Answer = (rows) => ({
  _embedded: {
    leads: rows.map((row) => ({ id: 1000 + Number(row['request_id']), request_id: row['request_id'] })).reverse(),
  },
});
const rows = (n: number): WriteRow[] => Array.from({ length: n }, (_, i) => ({ name: `L${i}` }));

describe('createInBatches', () => {
  it('sends ≤ 250 rows per request, one request at a time, request_id = input index; ids in input order', async () => {
    const fake = fakeClient([]);
    const ids = await createInBatches(fake.client, 'leads', rows(501));
    expect(fake.batches.map((batch) => batch.length)).toEqual([250, 250, 1]);
    expect(fake.batches.flat().map((row) => row['request_id'])).toEqual(
      Array.from({ length: 501 }, (_, i) => String(i)),
    );
    expect(fake.batches[1]?.[0]).toEqual({ name: 'L250', request_id: '250' });
    expect(fake.maxInFlight()).toBe(1);
    expect(ids).toEqual(Array.from({ length: 501 }, (_, i) => String(1000 + i)));
  });

  it('stops at a rejected batch: earlier ones committed, the rejected one known not written, later ones not sent', async () => {
    const rejection = new UpstreamValidationError('kommo', 400, [{ requestId: '260', path: 'name', detail: 'x' }]);
    const fake = fakeClient([created, () => Promise.reject(rejection)]);
    const failure = await createInBatches(fake.client, 'leads', rows(600)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BatchWriteError);
    expect(failure).toMatchObject({ error: rejection, failed: { from: 250, to: 499 }, uncertain: false });
    expect((failure as BatchWriteError).committed).toEqual(
      Array.from({ length: 250 }, (_, index) => ({ index, id: String(1000 + index) })),
    );
    expect(fake.batches).toHaveLength(2);
  });

  it('marks a batch uncertain after a timeout or an answer that does not name every row', async () => {
    const timeout = new UpstreamUnavailableError('kommo', { timeoutMs: 10 });
    const timedOut = await createInBatches(fakeClient([() => Promise.reject(timeout)]).client, 'leads', rows(3)).catch(
      (error: unknown) => error,
    );
    expect(timedOut).toMatchObject({ error: timeout, committed: [], failed: { from: 0, to: 2 }, uncertain: true });
    const partial = fakeClient([(batch) => created(batch.slice(1))]);
    const unmatched = await createInBatches(partial.client, 'leads', rows(2)).catch((error: unknown) => error);
    expect(unmatched).toMatchObject({ committed: [], uncertain: true });
    expect((unmatched as BatchWriteError).error).toBeInstanceOf(UpstreamBadResponseError);
  });

  it.each<[string, unknown, boolean]>([
    ['a timeout', new UpstreamUnavailableError('kommo', { timeoutMs: 10 }), true],
    [
      'a connection lost mid-request',
      new UpstreamUnavailableError('kommo', { code: 'UND_ERR_SOCKET', error: new Error('other side closed') }),
      true,
    ],
    ['a 502', new UpstreamUnavailableError('kommo', { status: 502 }), true],
    ['an unreadable answer', new UpstreamBadResponseError('kommo', 200, 'not JSON'), true],
    [
      'a refused connection (nothing sent)',
      new UpstreamUnavailableError('kommo', { code: 'ECONNREFUSED', error: new Error('refused') }),
      false,
    ],
    ['a 401', new UpstreamAuthError('kommo'), false],
    ['a 402', new UpstreamForbiddenError('kommo', 402, { banned: false }), false],
    ['a 403 ban page', new UpstreamForbiddenError('kommo', 403, { banned: true }), false],
    ['a 429', new UpstreamRateLimitedError('kommo', 1000), false],
  ])('after %s the batch is uncertain: %s', async (_name, error, uncertain) => {
    const failure = await createInBatches(
      fakeClient([created, () => Promise.reject(error as Error)]).client,
      'leads',
      rows(300),
    ).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BatchWriteError);
    expect(failure).toMatchObject({ error, failed: { from: 250, to: 299 }, uncertain });
    expect((failure as BatchWriteError).committed).toHaveLength(250);
  });
});
