import { orderRows } from '../filters/order';
import { allOf, intField } from '../filters/match';
import { withSelf } from '../present/links';
import { listPage } from '../query/paging';
import { child, listOf } from '../query/tree';
import type { KommoEntityKind } from '../records';
import { hal, noContent, problem } from '../responses';
import type { KommoRecord } from '../store';
import { findById, listOptions, param, STANDARD_PAGING, type RouteContext, type RouteHandler } from './context';

/** Users, custom field definitions and loss reasons: small paged lists with totals. */

const userHref = (ctx: RouteContext, user: KommoRecord) => `${ctx.origin}/api/v4/users/${String(user.id)}`;

export const listUsers: RouteHandler = (ctx) => {
  const matches = intField(child(ctx.tree, 'filter'), 'id');
  const rows = ctx.store.users.filter((user) => matches === undefined || matches(user));
  return listPage(rows, listOptions(ctx, 'users', STANDARD_PAGING, false, { last: false }), (user) =>
    withSelf(user, userHref(ctx, user)),
  );
};

export const userById: RouteHandler = (ctx) => {
  const user = findById(ctx.store.users, param(ctx, 0));
  return user ? hal(withSelf(user, userHref(ctx, user))) : noContent();
};

const fieldHref = (ctx: RouteContext, kind: string, field: KommoRecord) =>
  `${ctx.origin}/api/v4/${kind}/custom_fields/${String(field.id)}`;

export function listCustomFields(kind: KommoEntityKind): RouteHandler {
  return (ctx) => {
    const filter = child(ctx.tree, 'filter');
    const types = listOf(child(filter, 'type'));
    const matches = allOf([
      intField(filter, 'id'),
      types ? (field) => typeof field.type === 'string' && types.includes(field.type) : undefined,
    ]);
    const rows = orderRows(
      ctx.store.customFields[kind].filter((field) => matches(field)),
      ctx.tree,
      ['sort', 'id'],
    );
    return listPage(rows, listOptions(ctx, 'custom_fields', STANDARD_PAGING, false, { last: true }), (field) =>
      withSelf(field, fieldHref(ctx, kind, field)),
    );
  };
}

export function customFieldById(kind: KommoEntityKind): RouteHandler {
  return (ctx) => {
    const field = findById(ctx.store.customFields[kind], param(ctx, 0));
    return field ? hal(withSelf(field, fieldHref(ctx, kind, field))) : noContent();
  };
}

const reasonHref = (ctx: RouteContext, reason: KommoRecord) =>
  `${ctx.origin}/api/v4/leads/loss_reasons/${String(reason.id)}`;

export const listLossReasons: RouteHandler = (ctx) =>
  listPage(ctx.store.lossReasons, listOptions(ctx, 'loss_reasons', STANDARD_PAGING, false, { last: false }), (reason) =>
    withSelf(reason, reasonHref(ctx, reason)),
  );

/** Unlike most by-id reads, a missing loss reason is a 404 problem. */
export const lossReasonById: RouteHandler = (ctx) => {
  const reason = findById(ctx.store.lossReasons, param(ctx, 0));
  return reason ? hal(withSelf(reason, reasonHref(ctx, reason))) : problem(404, 'Loss reason not found');
};
