import { ErrorCode } from '../../error-codes';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import type { RecordPath } from '../../kommo/kommo.client';
import type { RecordTypes } from '../../kommo/kommo.record-loaders';
import { BatchWriteError, createInBatches, updateOne } from '../../kommo/writes/batches';
import type { WriteRow } from '../../kommo/writes/write-row';
import type { KommoEntityType } from './entity-type.enum';
import { changesSomething, recordRef } from './record-write.rules';
import { createFailure, readBackFailure, updateFailure, type CommittedItem } from './record-write-errors';
import { InputChecks } from './input-checks';

/** A record whose cached state a write changes (e.g. a contact linked to a new lead). */
export type Touched = readonly [KommoEntityType, string];

/**
 * How one record type is written: for a create and for an update, the rules of an item (at its
 * argument path: `input[3]`, or `input` for an update; lookups go through `c.lookup`), its Kommo
 * row, and the other records whose cached state the write changes.
 */
export interface RecordWrites<C, U extends { id: string }, K extends RecordPath> {
  type: KommoEntityType;
  entity: K;
  create: {
    check(c: InputChecks, at: string, item: C): void;
    row(item: C): WriteRow;
    touches?(item: C): Touched[];
  };
  update: {
    check(c: InputChecks, at: string, item: U): void;
    row(item: U): WriteRow;
    touches?(item: U, current: RecordTypes[K]): Touched[];
  };
}

/**
 * Validates every item (BAD_USER_INPUT listing each problem, nothing sent), creates them in
 * sequential batches of ≤ 250, and answers them in input order as Kommo now has them. On a failed
 * batch nothing is returned: the error lists the items already created (see `createFailure`).
 */
export async function createRecords<C, U extends { id: string }, K extends RecordPath>(
  ctx: Context,
  writes: RecordWrites<C, U, K>,
  input: readonly C[],
): Promise<Array<RecordTypes[K]>> {
  const { entity, create: spec } = writes;
  const checks = new InputChecks();
  if (input.length === 0) checks.fail('input', 'must not be an empty list');
  input.forEach((item, index) => spec.check(checks, `input[${index}]`, item));
  await checks.verify(ctx.loaders.kommo);
  const touched = input.flatMap((item) => spec.touches?.(item) ?? []);
  let ids: string[];
  try {
    ids = await createInBatches(
      ctx.kommo,
      entity,
      input.map((item) => spec.row(item)),
    );
  } catch (error) {
    forget(ctx, touched);
    throw error instanceof BatchWriteError ? createFailure(error) : error;
  }
  forget(ctx, touched);
  return readBack(
    ctx,
    entity,
    ids,
    ids.map((id, index) => ({ index, id })),
  );
}

/** Validates (the record must exist; something must change), sends one PATCH, answers the record as Kommo now has it. */
export async function updateRecord<C, U extends { id: string }, K extends RecordPath>(
  ctx: Context,
  writes: RecordWrites<C, U, K>,
  input: U,
): Promise<RecordTypes[K]> {
  const { type, entity, update: spec } = writes;
  const checks = new InputChecks();
  recordRef(checks, 'input.id', type, input.id);
  if (!changesSomething(input)) checks.fail('input', 'set at least one field to change besides id');
  spec.check(checks, 'input', input);
  await checks.verify(ctx.loaders.kommo);
  // Already loaded by the existence check above: no further call.
  const current = await ctx.loaders.kommo.byId(entity, input.id);
  try {
    await updateOne(ctx.kommo, entity, input.id, spec.row(input));
  } catch (error) {
    throw updateFailure(error);
  }
  forget(ctx, [[type, input.id], ...(current && spec.touches ? spec.touches(input, current) : [])]);
  const [record] = await readBack(ctx, entity, [input.id], [{ id: input.id }]);
  if (record === undefined) throw new Error('readBack answered fewer records than asked');
  return record;
}

function forget(ctx: Context, touched: readonly Touched[]): void {
  for (const [type, id] of touched) ctx.loaders.kommo.forget(type, [id]);
}

/**
 * One batched `filter[id][]` read of what was written (≤ 250 ids per call), through the loaders
 * so that nested fields of the same response see the new state. Kommo's write answers carry ids
 * only, so building the records from input + answer would miss defaults, tag ids and links.
 */
async function readBack<K extends RecordPath>(
  ctx: Context,
  entity: K,
  ids: readonly string[],
  committed: readonly CommittedItem[],
): Promise<Array<RecordTypes[K]>> {
  let records: Array<RecordTypes[K] | null>;
  try {
    records = await Promise.all(ids.map((id) => ctx.loaders.kommo.byId(entity, id)));
  } catch (error) {
    throw readBackFailure(error, committed);
  }
  const found = records.filter((record): record is RecordTypes[K] => record !== null);
  if (found.length === ids.length) return found;
  const missing = ids.filter((_, index) => records[index] === null);
  throw new GraphQLError(`Kommo wrote ${entity} ${missing.join(', ')} but does not return them`, {
    extensions: { code: ErrorCode.UPSTREAM_BAD_RESPONSE, upstream: 'kommo', status: 200, committed },
  });
}
