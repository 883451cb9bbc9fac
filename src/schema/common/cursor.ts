import { badUserInput } from '../errors/bad-user-input';
import { PageInfo } from './page-info.type';

/**
 * Opaque page cursors. Kommo pages by number, so a cursor names the next page and the page size
 * it was computed with; a different `first` with the same cursor would skip or repeat rows.
 */
export interface PageCursor {
  page: number;
  limit: number;
}

export function encodeCursor(scope: string, cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ s: scope, p: cursor.page, l: cursor.limit })).toString('base64url');
}

export function decodeCursor(scope: string, after: string, first: number): PageCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const { s, p, l } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (s !== scope || !Number.isSafeInteger(p) || !Number.isSafeInteger(l) || (p as number) < 1) {
    throw badUserInput('Invalid after: not a cursor issued by this field.', 'after');
  }
  if (l !== first) {
    throw badUserInput(`Invalid after: this cursor was issued for first: ${String(l)}; pass the same page size.`, 'after');
  }
  return { page: p as number, limit: l as number };
}

/** `first` must be a page size the upstream accepts. */
export function assertPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`Invalid first: must be between 1 and ${max} (Kommo's page limit), got ${first}.`, 'first');
  }
}

/** The page an `after` argument names: 1 without one. */
export function pageAfter(scope: string, after: string | null | undefined, first: number): number {
  return after === undefined || after === null ? 1 : decodeCursor(scope, after, first).page;
}

/** `pageInfo` of page `page` of size `limit`; the cursor names the next page when there is one. */
export function pageInfoFor(scope: string, { page, limit }: PageCursor, hasNextPage: boolean): PageInfo {
  return Object.assign(new PageInfo(), {
    hasNextPage,
    endCursor: hasNextPage ? encodeCursor(scope, { page: page + 1, limit }) : null,
  });
}
