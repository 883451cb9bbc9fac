import { asNumber } from '../../../lib/decode';
import { child, firstOf, type QueryNode } from '../query/tree';
import type { KommoRecord } from '../store';

/**
 * `order[field]=asc|desc` over one of `allowed` fields; anything else keeps the default order
 * (id ascending). Ties break on id ascending; missing values sort last.
 */
export function orderRows(rows: readonly KommoRecord[], tree: QueryNode, allowed: readonly string[]): KommoRecord[] {
  const order = child(tree, 'order');
  let field = 'id';
  let direction = 1;
  for (const [key, node] of order?.children ?? []) {
    const value = firstOf(node)?.toLowerCase();
    if (allowed.includes(key) && (value === 'asc' || value === 'desc')) {
      field = key;
      direction = value === 'desc' ? -1 : 1;
      break;
    }
  }
  const number = (record: KommoRecord, key: string): number => asNumber(record[key]) ?? Number.NaN;
  return [...rows].sort((a, b) => {
    const x = number(a, field);
    const y = number(b, field);
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
    const primary = Number.isNaN(x) ? 0 : (x - y) * direction;
    return primary !== 0 ? primary : number(a, 'id') - number(b, 'id');
  });
}
