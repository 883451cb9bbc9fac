import { entityFilter, isTrashed, searchFilter } from '../filters/entities';
import { orderRows } from '../filters/order';
import { taskFilter } from '../filters/tasks';
import { presentEntity, presentTask } from '../present/entities';
import { listPage } from '../query/paging';
import { child } from '../query/tree';
import type { KommoEntityKind } from '../records';
import { hal, noContent } from '../responses';
import type { KommoRecord } from '../store';
import { findById, listOptions, param, STANDARD_PAGING, type RouteContext, type RouteHandler } from './context';

/** `GET /api/v4/{leads|contacts|companies}[/{id}]` and `GET /api/v4/tasks[/{id}]`. */

const ORDER_FIELDS = ['created_at', 'updated_at', 'id'];
const TASK_ORDER_FIELDS = ['created_at', 'complete_till', 'updated_at', 'id'];

function present(ctx: RouteContext, kind: KommoEntityKind) {
  return (record: KommoRecord) => presentEntity(record, kind, ctx);
}

export function listEntities(kind: KommoEntityKind): RouteHandler {
  return (ctx) => {
    const onlyDeleted = ctx.withSet.has('only_deleted');
    const matches = entityFilter(child(ctx.tree, 'filter'), kind);
    const search = searchFilter(ctx.req.query.get('query'));
    const rows = ctx.store[kind].filter(
      (record) => isTrashed(record) === onlyDeleted && matches(record) && (search === undefined || search(record)),
    );
    return listPage(
      orderRows(rows, ctx.tree, ORDER_FIELDS),
      listOptions(ctx, kind, STANDARD_PAGING, true),
      present(ctx, kind),
    );
  };
}

/** A missing id answers 204 (reference §3.2). */
export function entityById(kind: KommoEntityKind): RouteHandler {
  return (ctx) => {
    const record = findById(ctx.store[kind], param(ctx, 0));
    return record ? hal(presentEntity(record, kind, ctx)) : noContent();
  };
}

export const listTasks: RouteHandler = (ctx) => {
  const matches = taskFilter(child(ctx.tree, 'filter'));
  const rows = ctx.store.tasks.filter((record) => matches(record));
  return listPage(
    orderRows(rows, ctx.tree, TASK_ORDER_FIELDS),
    listOptions(ctx, 'tasks', STANDARD_PAGING, true),
    (record) => presentTask(record, ctx.origin),
  );
};

export const taskById: RouteHandler = (ctx) => {
  const record = findById(ctx.store.tasks, param(ctx, 0));
  return record ? hal(presentTask(record, ctx.origin)) : noContent();
};
