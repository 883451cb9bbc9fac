/** `DealsController` and `Deals::EventsController`. */
import type { SimResponse } from '../http';
import { isRecord } from '../../lib/decode';
import { castInteger, isBlank } from './cast';
import { createContact } from './contact-write';
import type { RouteContext } from './context';
import { newDealDraft, saveDeal, type DealWriteResult } from './deal-write';
import { createDealEvent } from './event-create';
import { json, notFoundErrors, recordNotFound, unprocessable } from './responses';
import { renderContact, renderDeal, renderDealAssignee, renderEvent, renderPipeline, renderStage } from './serialize';
import { byId, nextId } from './store';

/** GET /deals/:id — `find_by_id`, rendered with contact, stage, pipeline and deal_assignees. */
export function showDeal(ctx: RouteContext): SimResponse {
  const { store } = ctx;
  const deal = byId(store.deals, castInteger(ctx.path['id']));
  if (!deal) return notFoundErrors();
  const contact = byId(store.contacts, deal.contact_id);
  const stage = byId(store.stages, deal.stage_id);
  const pipeline = byId(store.pipelines, deal.pipeline_id);
  return json(200, {
    ...renderDeal(ctx, deal),
    contact: contact ? renderContact(ctx, contact) : null,
    stage: stage ? renderStage(ctx, stage) : null,
    pipeline: pipeline ? renderPipeline(ctx, pipeline) : null,
    deal_assignees: store.deal_assignees.filter((a) => a.deal_id === deal.id).map((a) => renderDealAssignee(ctx, a)),
  });
}

/** POST /deals — DealBuilder: creator and first assignee are the token user; contact_attributes find-or-create. */
export function createDeal(ctx: RouteContext): SimResponse {
  const { store, now } = ctx;
  const params = { ...ctx.params };
  const draft = newDealDraft({ created_by_id: ctx.userId });
  const nested = params['contact_attributes'];
  if (isBlank(params['contact_id']) && isRecord(nested)) {
    const phone = typeof nested['phone'] === 'string' && nested['phone'] !== '' ? nested['phone'] : undefined;
    const email =
      typeof nested['email'] === 'string' && nested['email'] !== '' ? nested['email'].toLowerCase() : undefined;
    const e164 = phone === undefined ? undefined : phone.startsWith('+') ? phone : `+${phone}`;
    const found = store.contacts.find(
      (c) => (e164 !== undefined && c.phone === e164) || (email !== undefined && c.email.toLowerCase() === email),
    );
    const created = found ? undefined : createContact(store, now, nested);
    if (created && !created.ok) return unprocessable(['Contact is invalid']);
    params['contact_id'] = found?.id ?? (created?.ok ? created.contact.id : null);
  }
  const result = saveDeal(ctx, undefined, params, draft);
  if (result.ok) {
    const id = nextId(store.deal_assignees);
    store.deal_assignees.push({ id, deal_id: result.deal.id, user_id: ctx.userId, created_at: now, updated_at: now });
  }
  return dealResponse(ctx, result, 201);
}

/** PATCH|PUT /deals/:id. */
export function updateDeal(ctx: RouteContext): SimResponse {
  const deal = byId(ctx.store.deals, castInteger(ctx.path['id']));
  if (!deal) return notFoundErrors();
  return dealResponse(ctx, saveDeal(ctx, deal, ctx.params), 200);
}

/** POST /deals/upsert — matches only by contact_id (lowest id first); 200 whether created or updated. */
export function upsertDeal(ctx: RouteContext): SimResponse {
  const contactId = castInteger(ctx.params['contact_id']);
  const existing = ctx.store.deals.filter((d) => d.contact_id === contactId).sort((a, b) => a.id - b.id)[0];
  const result = saveDeal(ctx, existing, ctx.params, newDealDraft({ contact_id: contactId }));
  return dealResponse(ctx, result, 200);
}

function dealResponse(ctx: RouteContext, result: DealWriteResult, status: number): SimResponse {
  return result.ok ? json(status, renderDeal(ctx, result.deal)) : unprocessable(result.errors);
}

/** POST /deals/:deal_id/events — `find` (404 via the exception handler), then save. */
export function createEvent(ctx: RouteContext): SimResponse {
  const deal = byId(ctx.store.deals, castInteger(ctx.path['deal_id']));
  if (!deal) return recordNotFound();
  const result = createDealEvent(ctx, deal, ctx.params);
  return result.ok ? json(201, renderEvent(ctx, result.event, result.sendNow)) : unprocessable(result.errors);
}
