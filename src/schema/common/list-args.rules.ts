import type { RecordPath } from '../../kommo/kommo.client';
import type { InputChecks } from './input-checks';
import { notBlank, type Maybe } from './input-rules';
import { OrderByField, type OrderBy } from './order-by.input';

/**
 * The fields each list can be sorted by (reference §2.3). Contacts: the Russian contacts page and
 * seed 002 name only id and updated_at, so created_at is refused rather than silently ignored.
 */
const ORDER_FIELDS: Readonly<Record<RecordPath, readonly OrderByField[]>> = {
  leads: [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.UPDATED_AT],
  contacts: [OrderByField.ID, OrderByField.UPDATED_AT],
  companies: [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.UPDATED_AT],
  tasks: [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.COMPLETE_TILL],
};

/** The sort key, when the entity's list accepts it; none means Kommo's default order. */
export function checkOrderBy(c: InputChecks, entity: RecordPath, orderBy: Maybe<OrderBy>): OrderBy | undefined {
  if (orderBy === null || orderBy === undefined) return undefined;
  const allowed = ORDER_FIELDS[entity];
  if (allowed.includes(orderBy.field)) return orderBy;
  const names = allowed.map((field) => field.toUpperCase()).join(', ');
  c.fail('orderBy.field', `${entity} can be ordered by ${names}, not ${orderBy.field.toUpperCase()}`);
  return undefined;
}

/** Kommo's full-text `query`; a blank one is refused rather than sent as "match everything". */
export function checkSearch(c: InputChecks, query: Maybe<string>): string | undefined {
  return notBlank(c, 'query', query, 'omit it instead') ? query : undefined;
}
