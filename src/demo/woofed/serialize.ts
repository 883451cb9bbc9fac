/**
 * `as_json` of each model: database column order, then virtual attributes, instants in the
 * server zone. No serializer exists upstream, so this order is the wire contract.
 */
import type {
  WoofedContact,
  WoofedDeal,
  WoofedDealAssignee,
  WoofedEvent,
  WoofedPipeline,
  WoofedStage,
  WoofedStore,
} from './types';
import { renderInstant, renderNullableInstant, type ServerZone } from './zone';

export interface RenderContext {
  zone: ServerZone;
  store: WoofedStore;
}

/** `sendNow` is the in-memory virtual attribute: only the creating request can echo it. */
export function renderEvent(
  ctx: RenderContext,
  event: WoofedEvent,
  sendNow: boolean | null = null,
): Record<string, unknown> {
  const { zone } = ctx;
  return {
    id: event.id,
    deal_id: event.deal_id,
    contact_id: event.contact_id,
    app_type: event.app_type,
    app_id: event.app_id,
    kind: event.kind,
    scheduled_at: renderNullableInstant(zone, event.scheduled_at),
    done_at: renderNullableInstant(zone, event.done_at),
    from_me: event.from_me,
    status: event.status,
    custom_attributes: event.custom_attributes,
    additional_attributes: event.additional_attributes,
    created_at: renderInstant(zone, event.created_at),
    updated_at: renderInstant(zone, event.updated_at),
    title: event.title,
    auto_done: event.auto_done,
    account_id: ctx.store.account_id,
    done: event.done_at !== null,
    send_now: sendNow,
    files: [],
    files_events: [],
    invalid_files: null,
  };
}

export function renderDeal(ctx: RenderContext, deal: WoofedDeal): Record<string, unknown> {
  const { zone } = ctx;
  return {
    id: deal.id,
    name: deal.name,
    status: deal.status,
    stage_id: deal.stage_id,
    contact_id: deal.contact_id,
    custom_attributes: deal.custom_attributes,
    created_at: renderInstant(zone, deal.created_at),
    updated_at: renderInstant(zone, deal.updated_at),
    pipeline_id: deal.pipeline_id,
    position: deal.position,
    created_by_id: deal.created_by_id,
    total_deal_products_amount_in_cents: deal.total_deal_products_amount_in_cents,
    lost_at: renderNullableInstant(zone, deal.lost_at),
    won_at: renderNullableInstant(zone, deal.won_at),
    lost_reason: deal.lost_reason,
    account_id: ctx.store.account_id,
  };
}

export function renderContact(ctx: RenderContext, contact: WoofedContact): Record<string, unknown> {
  const { zone } = ctx;
  return {
    id: contact.id,
    full_name: contact.full_name,
    phone: contact.phone,
    email: contact.email,
    custom_attributes: contact.custom_attributes,
    additional_attributes: contact.additional_attributes,
    app_type: contact.app_type,
    app_id: contact.app_id,
    created_at: renderInstant(zone, contact.created_at),
    updated_at: renderInstant(zone, contact.updated_at),
    account_id: ctx.store.account_id,
    label_list: [...contact.label_list],
    chatwoot_conversations_label_list: [...contact.chatwoot_conversations_label_list],
  };
}

export function renderStage(ctx: RenderContext, stage: WoofedStage): Record<string, unknown> {
  return {
    id: stage.id,
    name: stage.name,
    pipeline_id: stage.pipeline_id,
    created_at: renderInstant(ctx.zone, stage.created_at),
    updated_at: renderInstant(ctx.zone, stage.updated_at),
    position: stage.position,
    account_id: ctx.store.account_id,
  };
}

export function renderPipeline(ctx: RenderContext, pipeline: WoofedPipeline): Record<string, unknown> {
  return {
    id: pipeline.id,
    name: pipeline.name,
    created_at: renderInstant(ctx.zone, pipeline.created_at),
    updated_at: renderInstant(ctx.zone, pipeline.updated_at),
    account_id: ctx.store.account_id,
  };
}

export function renderDealAssignee(ctx: RenderContext, assignee: WoofedDealAssignee): Record<string, unknown> {
  return {
    id: assignee.id,
    deal_id: assignee.deal_id,
    user_id: assignee.user_id,
    created_at: renderInstant(ctx.zone, assignee.created_at),
    updated_at: renderInstant(ctx.zone, assignee.updated_at),
    account_id: ctx.store.account_id,
  };
}
