import { KOMMO_LIST_LIMIT } from '../../kommo/kommo.client';
import { defined } from '../../lib/defined';
import type { InputChecks } from './input-checks';
import { atMost, kommoIds, nonEmpty, orderedRange, type Maybe } from './input-rules';
import type { RecordFilter } from './record-filter.input';

/**
 * The filters leads, contacts and companies share. Answers a copy without `null` fields; the
 * problems go to the checks, before anything is sent upstream.
 */
export function checkRecordFilter<T extends RecordFilter>(c: InputChecks, input: Maybe<T>): T | undefined {
  if (input === null || input === undefined) return undefined;
  const filter = defined(input);
  idList(c, 'filter.ids', filter.ids);
  nameList(c, 'filter.names', filter.names);
  idList(c, 'filter.createdBy', filter.createdBy);
  idList(c, 'filter.updatedBy', filter.updatedBy);
  idList(c, 'filter.responsibleUserIds', filter.responsibleUserIds);
  orderedRange(c, 'filter.createdAt', filter.createdAt);
  orderedRange(c, 'filter.updatedAt', filter.updatedAt);
  orderedRange(c, 'filter.closestTaskAt', filter.closestTaskAt);
  return filter;
}

/** A given id list of a Kommo filter: not empty, at most one page of ids, all Kommo ids. */
export function idList(c: InputChecks, field: string, ids: Maybe<readonly string[]>): boolean {
  return nonEmpty(c, field, ids) && atMost(c, field, ids, KOMMO_LIST_LIMIT) && kommoIds(c, field, ids);
}

function nameList(c: InputChecks, field: string, names: Maybe<readonly string[]>): void {
  if (
    nonEmpty(c, field, names) &&
    atMost(c, field, names, KOMMO_LIST_LIMIT, 'names') &&
    names.some((name) => name.trim() === '')
  ) {
    c.fail(field, 'names must not be blank');
  }
}
