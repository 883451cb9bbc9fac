import { createHash } from 'node:crypto';
import type { InputChecks } from './input-checks';
import { PageInfo } from './page-info.type';

/**
 * Opaque page cursors. Kommo pages by number, so a cursor names the next page and the page size
 * it was computed with (a different `first` would skip or repeat rows), a hash of the arguments
 * it was issued for (reused with another filter it would page through a different list), and for
 * feeds that grow at the top an upper bound fixed on the first page (see `events`).
 */
export interface PageCursor {
  page: number;
  limit: number;
  /** `argsHash` of the filter, query and order the cursor was issued for. */
  args?: string;
  /** Unix seconds: later pages only see rows created up to this instant. */
  bound?: number;
}

/** A short stable hash of list arguments (filter, query, orderBy). */
export function argsHash(args: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(args ?? null))
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(scope: string, cursor: PageCursor): string {
  return Buffer.from(
    JSON.stringify({ s: scope, p: cursor.page, l: cursor.limit, a: cursor.args, b: cursor.bound }),
  ).toString('base64url');
}

/** The cursor `after` names, when this field issued it for the same page size and arguments. */
export function decodeCursor(
  c: InputChecks,
  scope: string,
  after: string,
  first: number,
  args?: string,
): PageCursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const { s, p, l, a, b } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (s !== scope || !Number.isSafeInteger(p) || !Number.isSafeInteger(l) || (p as number) < 1) {
    c.fail('after', 'not a cursor issued by this field');
  } else if (l !== first) {
    c.fail('after', `this cursor was issued for first: ${String(l)}; pass the same page size`);
  } else if (a !== args) {
    c.fail('after', 'this cursor was issued for other arguments (filter, query or orderBy); pass the same ones');
  } else {
    return {
      page: p as number,
      limit: l,
      ...(typeof a === 'string' ? { args: a } : {}),
      ...(Number.isSafeInteger(b) ? { bound: b as number } : {}),
    };
  }
  return undefined;
}

/** `first` must be a page size the upstream accepts. */
export function checkPageSize(c: InputChecks, first: number, max: number): boolean {
  if (Number.isInteger(first) && first >= 1 && first <= max) return true;
  c.fail('first', `must be between 1 and ${max} (Kommo's page limit), got ${first}`);
  return false;
}

/** The cursor an `after` argument names: page 1 without one. */
export function pageAfter(
  c: InputChecks,
  scope: string,
  after: string | null | undefined,
  first: number,
  args?: string,
): PageCursor | undefined {
  if (after === undefined || after === null) return { page: 1, limit: first, ...(args === undefined ? {} : { args }) };
  return decodeCursor(c, scope, after, first, args);
}

/** `pageInfo` of the page `cursor` names; the end cursor names the next page when there is one. */
export function pageInfoFor(scope: string, cursor: PageCursor, hasNextPage: boolean): PageInfo {
  return Object.assign(new PageInfo(), {
    hasNextPage,
    endCursor: hasNextPage ? encodeCursor(scope, { ...cursor, page: cursor.page + 1 }) : null,
  });
}
