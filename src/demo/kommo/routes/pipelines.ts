import { asInt, isRecord } from '../../../lib/decode';
import { selfLink, withSelf } from '../present/links';
import { selfHref } from '../query/paging';
import { hal, noContent } from '../responses';
import type { KommoRecord } from '../store';
import { findById, param, type RouteContext, type RouteHandler } from './context';

/** `GET /api/v4/leads/pipelines[/{id}[/statuses[/{id}]]]`: no paging, `_total_items` on lists. */

function statusesOf(pipeline: KommoRecord): KommoRecord[] {
  const embedded = pipeline._embedded;
  const statuses = isRecord(embedded) ? embedded.statuses : undefined;
  return Array.isArray(statuses) ? statuses.filter(isRecord) : [];
}

function presentStatus(ctx: RouteContext, status: KommoRecord): KommoRecord {
  return withSelf(
    status,
    `${ctx.origin}/api/v4/leads/pipelines/${String(status.pipeline_id)}/statuses/${String(status.id)}`,
  );
}

function presentPipeline(ctx: RouteContext, pipeline: KommoRecord): KommoRecord {
  const served = withSelf(pipeline, `${ctx.origin}/api/v4/leads/pipelines/${String(pipeline.id)}`);
  const embedded = isRecord(pipeline._embedded) ? pipeline._embedded : {};
  served._embedded = { ...embedded, statuses: statusesOf(pipeline).map((status) => presentStatus(ctx, status)) };
  return served;
}

export const listPipelines: RouteHandler = (ctx) => {
  const pipelines = ctx.store.pipelines.map((pipeline) => presentPipeline(ctx, pipeline));
  return hal({
    _total_items: pipelines.length,
    _links: selfLink(selfHref(ctx.origin, ctx.req.path, ctx.req.query)),
    _embedded: { pipelines },
  });
};

export const pipelineById: RouteHandler = (ctx) => {
  const pipeline = findById(ctx.store.pipelines, param(ctx, 0));
  return pipeline ? hal(presentPipeline(ctx, pipeline)) : noContent();
};

export const listStatuses: RouteHandler = (ctx) => {
  const pipeline = findById(ctx.store.pipelines, param(ctx, 0));
  if (!pipeline) return noContent();
  const statuses = statusesOf(pipeline).map((status) => presentStatus(ctx, status));
  return hal({
    _total_items: statuses.length,
    _links: selfLink(selfHref(ctx.origin, ctx.req.path, ctx.req.query)),
    _embedded: { statuses },
  });
};

export const statusById: RouteHandler = (ctx) => {
  const pipeline = findById(ctx.store.pipelines, param(ctx, 0));
  const wanted = asInt(param(ctx, 1));
  const status = pipeline ? statusesOf(pipeline).find((item) => asInt(item.id) === wanted) : undefined;
  return status ? hal(presentStatus(ctx, status)) : noContent();
};
