/**
 * `POST /deals/:deal_id/events`: `deal.events.new(event_params)` then `save`. Strong params
 * only, no per-kind validation; the only 422 is a blank kind (or a deal without contact).
 */
import type { JsonRecord } from '../../lib/decode';
import { castBoolean, castInteger, castString, isBlank, permit, ServerFailure } from './cast';
import { afterCreateCommit } from './delivery';
import { byId, nextId } from './store';
import { EVENT_KINDS, type WoofedDeal, type WoofedEvent, type WoofedEventKind, type WoofedStore } from './types';
import { castDateTime, type ServerZone } from './zone';

/** The controller's permit list, in its order (Rails assigns permitted keys in this order). */
const SCALARS = [
  'content',
  'send_now',
  'done',
  'auto_done',
  'done_at',
  'title',
  'scheduled_at',
  'kind',
  'app_type',
  'app_id',
];
const HASHES = ['custom_attributes', 'additional_attributes'];
/** PostgreSQL's bigint bound, 2^63 − 1, which a double rounds to 2^63. */
const MAX_BIGINT = 2 ** 63;

export interface EventWriteContext {
  store: WoofedStore;
  zone: ServerZone;
  now: Date;
}

export type EventCreateResult =
  { ok: true; event: WoofedEvent; sendNow: boolean | null } | { ok: false; errors: string[] };

interface Draft {
  content: string | null;
  sendNow: boolean | null;
  doneAt: Date | null;
  autoDone: boolean | null;
  title: string | null;
  scheduledAt: Date | null;
  kind: WoofedEventKind | null;
  appType: string | null;
  appId: number | null;
  customAttributes: JsonRecord;
  additionalAttributes: JsonRecord;
}

export function createDealEvent(ctx: EventWriteContext, deal: WoofedDeal, params: JsonRecord): EventCreateResult {
  const draft = assign(ctx, permit(params, SCALARS, HASHES));
  const contact = byId(ctx.store.contacts, deal.contact_id);
  const errors: string[] = [];
  if (contact === undefined) errors.push('Contact must exist');
  if (draft.kind === null) errors.push("Type can't be blank");
  if (errors.length > 0 || draft.kind === null || contact === undefined) return { ok: false, errors };
  if (draft.title === null) throw new ServerFailure(500, 'PG::NotNullViolation: null value in column "title"');
  if (draft.appId !== null && Math.abs(draft.appId) > MAX_BIGINT) throw new ServerFailure(500, 'app_id out of range');

  const event: WoofedEvent = {
    id: nextId(ctx.store.events),
    deal_id: deal.id,
    contact_id: contact.id,
    app_type: draft.appType,
    app_id: draft.appId,
    kind: draft.kind,
    scheduled_at: draft.scheduledAt,
    done_at: draft.doneAt,
    from_me: true,
    status: null,
    custom_attributes: draft.customAttributes,
    additional_attributes: draft.additionalAttributes,
    created_at: ctx.now,
    updated_at: ctx.now,
    title: draft.title,
    auto_done: draft.autoDone,
    content: draft.content,
    delivery: { state: 'none' },
  };
  ctx.store.events.push(event);
  const sendNow = afterCreateCommit(event, draft.sendNow, ctx.now);
  return { ok: true, event, sendNow };
}

function assign(ctx: EventWriteContext, permitted: JsonRecord): Draft {
  const draft: Draft = {
    content: null,
    sendNow: null,
    doneAt: null,
    autoDone: false,
    title: '',
    scheduledAt: null,
    kind: null,
    appType: null,
    appId: null,
    customAttributes: {},
    additionalAttributes: {},
  };
  for (const [key, value] of Object.entries(permitted)) {
    switch (key) {
      case 'content':
        draft.content = castString(value);
        break;
      case 'send_now':
        draft.sendNow = castBoolean(value);
        break;
      case 'done': {
        // Event#done=: only acts when the cast value differs from the current state.
        const wanted = castBoolean(value);
        if (wanted !== (draft.doneAt !== null)) draft.doneAt = wanted === true ? ctx.now : null;
        break;
      }
      case 'auto_done':
        draft.autoDone = castBoolean(value);
        break;
      case 'done_at':
        draft.doneAt = castDateTime(ctx.zone, value, ctx.now);
        break;
      case 'title':
        draft.title = castString(value);
        break;
      case 'scheduled_at':
        draft.scheduledAt = castDateTime(ctx.zone, value, ctx.now);
        break;
      case 'kind':
        draft.kind = castKind(value);
        break;
      case 'app_type':
        draft.appType = castString(value);
        break;
      case 'app_id':
        draft.appId = castInteger(value);
        break;
      case 'custom_attributes':
        draft.customAttributes = structuredClone(value) as JsonRecord;
        break;
      case 'additional_attributes':
        draft.additionalAttributes = structuredClone(value) as JsonRecord;
        break;
    }
  }
  return draft;
}

/** A string-backed enum without `validate:`: blank → nil, unknown → ArgumentError (500). */
export function castKind(value: unknown): WoofedEventKind | null {
  const known = EVENT_KINDS.find((kind) => kind === value);
  if (known !== undefined) return known;
  if (isBlank(value)) return null;
  throw new ServerFailure(500, `'${String(value)}' is not a valid kind`);
}
