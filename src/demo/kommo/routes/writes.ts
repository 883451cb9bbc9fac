import type { SimResponse } from '../../http';
import { hal, limitExceeded, problem, problemBody, PROBLEM_JSON } from '../responses';
import { writeBatch, type BatchMode, type ItemFailure, type Written } from '../writes/batch';
import type { WritableKind } from '../writes/context';
import { param, type RouteContext, type RouteHandler } from './context';

/**
 * `POST /api/v4/{kind}` and `PATCH /api/v4/{kind}` take JSON arrays of at most 250 items;
 * `PATCH /api/v4/{kind}/{id}` takes one object and answers one object (reference §5, §7).
 */

export const WRITE_BATCH_LIMIT = 250;

type Body = { items: unknown[] } | { refused: SimResponse };

function parseBody(text: string, array: boolean): Body {
  if (text.trim() === '') return { refused: problem(400, 'Request data can not be empty') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { refused: problem(400, 'Request body is not valid JSON') };
  }
  if (Array.isArray(parsed) !== array)
    return { refused: problem(400, array ? 'Request data must be an array' : 'Request data must be an object') };
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (items.length === 0) return { refused: problem(400, 'Request data can not be empty') };
  if (items.length > WRITE_BATCH_LIMIT) return { refused: limitExceeded(WRITE_BATCH_LIMIT) };
  return { items };
}

function rejected(failures: ItemFailure[]): SimResponse {
  return {
    status: 400,
    json: { 'validation-errors': failures, ...problemBody(400, 'Request validation failed') },
    contentType: PROBLEM_JSON,
  };
}

function href(ctx: RouteContext, kind: WritableKind, id?: number): { self: { href: string } } {
  return { self: { href: `${ctx.origin}/api/v4/${kind}${id === undefined ? '' : `/${id}`}` } };
}

function run(
  ctx: RouteContext,
  kind: WritableKind,
  mode: BatchMode,
  array: boolean,
  present: (item: Written) => Record<string, unknown>,
): SimResponse {
  const body = parseBody(ctx.req.body, array);
  if ('refused' in body) return body.refused;
  const outcome = writeBatch(ctx.store, kind, body.items, mode);
  if ('failures' in outcome) return rejected(outcome.failures);
  ctx.webhooks.written(ctx.store, kind, outcome.written);
  const items = outcome.written.map((item) => ({ ...present(item), _links: href(ctx, kind, item.id) }));
  return hal(array ? { _links: href(ctx, kind), _embedded: { [kind]: items } } : items[0]);
}

export function createEntities(kind: WritableKind): RouteHandler {
  return (ctx) => run(ctx, kind, { create: true }, true, (item) => ({ id: item.id, request_id: item.request_id }));
}

/** Only tasks echo `request_id` on a batch update (reference §5). */
export function updateEntities(kind: WritableKind): RouteHandler {
  return (ctx) =>
    run(ctx, kind, { create: false }, true, (item) => ({
      id: item.id,
      updated_at: item.updated_at,
      ...(kind === 'tasks' ? { request_id: item.request_id } : {}),
    }));
}

export function updateEntity(kind: WritableKind): RouteHandler {
  return (ctx) =>
    run(ctx, kind, { create: false, id: Number(param(ctx, 0)) }, false, (item) => ({
      id: item.id,
      updated_at: item.updated_at,
      ...(item.echoed ? { request_id: item.request_id } : {}),
    }));
}
