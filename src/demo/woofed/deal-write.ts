/**
 * `Deal::CreateOrUpdate`: assign permitted params, the model's before_validation defaults,
 * belongs_to validations, won_at/lost_at bookkeeping, acts_as_list position, then the
 * EventCreator timeline event.
 */
import type { JsonRecord } from '../../lib/decode';
import { castInteger, castString, isBlank, permit, ServerFailure } from './cast';
import { logDealEvent, logStageChange } from './deal-log';
import { byId, firstStage, nextId } from './store';
import type { WoofedDeal, WoofedDealStatus, WoofedStore } from './types';
import { castDateTime, type ServerZone } from './zone';

const SCALARS = [
  'name',
  'status',
  'stage_id',
  'pipeline_id',
  'contact_id',
  'position',
  'lost_reason',
  'lost_at',
  'won_at',
];

export interface DealWriteContext {
  store: WoofedStore;
  zone: ServerZone;
  now: Date;
}

export type DealWriteResult = { ok: true; deal: WoofedDeal } | { ok: false; errors: string[] };

/** Unsaved deal attributes; nullable where a request can null a NOT NULL column. */
interface Draft {
  name: string | null;
  status: WoofedDealStatus | null;
  stage_id: number | null;
  contact_id: number | null;
  pipeline_id: number | null;
  position: number | null;
  lost_reason: string | null;
  lost_at: Date | null;
  won_at: Date | null;
  custom_attributes: JsonRecord;
  created_by_id: number | null;
}

export function newDealDraft(attributes: Partial<Draft> = {}): Draft {
  return {
    name: '',
    status: 'open',
    stage_id: null,
    contact_id: null,
    pipeline_id: null,
    position: null,
    lost_reason: '',
    lost_at: null,
    won_at: null,
    custom_attributes: {},
    created_by_id: null,
    ...attributes,
  };
}

/** Saves `params` onto `existing` (update) or onto a new deal built from `draft` (create). */
export function saveDeal(
  ctx: DealWriteContext,
  existing: WoofedDeal | undefined,
  params: JsonRecord,
  draft: Draft = newDealDraft(),
): DealWriteResult {
  const { store, now } = ctx;
  const next: Draft = existing ? { ...existing } : { ...draft };
  const positionGiven = assign(ctx, next, permit(params, SCALARS, ['custom_attributes']));

  if (byId(store.pipelines, next.pipeline_id) === undefined && next.stage_id !== null) {
    next.pipeline_id = byId(store.stages, next.stage_id)?.pipeline_id ?? next.pipeline_id;
  }
  if (!existing && byId(store.stages, next.stage_id) === undefined && next.pipeline_id !== null) {
    next.stage_id = firstStage(store, next.pipeline_id)?.id ?? next.stage_id;
  }
  const errors: string[] = [];
  if (byId(store.contacts, next.contact_id) === undefined) errors.push('Contact must exist');
  if (byId(store.stages, next.stage_id) === undefined) errors.push('Stage must exist');
  if (byId(store.pipelines, next.pipeline_id) === undefined) errors.push('Pipeline must exist');
  if (errors.length > 0) return { ok: false, errors };

  const statusChanged = !existing || existing.status !== next.status;
  if (statusChanged) setWonAndLost(next, now);
  if (next.name === null || next.status === null || next.lost_reason === null) {
    throw new ServerFailure(500, 'PG::NotNullViolation');
  }
  const stageChanged = existing !== undefined && existing.stage_id !== next.stage_id;
  if ((!existing || stageChanged) && !positionGiven) next.position = bottomPosition(store, next.stage_id);
  const wasChanged = existing === undefined || changed(existing, next);

  const saved: WoofedDeal = {
    id: existing?.id ?? nextId(store.deals),
    name: next.name,
    status: next.status,
    stage_id: next.stage_id ?? 0,
    contact_id: next.contact_id ?? 0,
    custom_attributes: next.custom_attributes,
    created_at: existing?.created_at ?? now,
    updated_at: existing && !wasChanged ? existing.updated_at : now,
    pipeline_id: next.pipeline_id ?? 0,
    position: next.position ?? 1,
    created_by_id: next.created_by_id,
    total_deal_products_amount_in_cents: existing?.total_deal_products_amount_in_cents ?? 0,
    lost_at: next.lost_at,
    won_at: next.won_at,
    lost_reason: next.lost_reason,
  };
  if (!existing) {
    store.deals.push(saved);
    logDealEvent(store, saved, 'deal_opened', now);
    touchPipeline(store, saved, now);
    return { ok: true, deal: saved };
  }
  const oldStageId = existing.stage_id;
  Object.assign(existing, saved);
  if (wasChanged) touchPipeline(store, existing, now);
  if (statusChanged) {
    const kind = existing.status === 'won' ? 'deal_won' : existing.status === 'lost' ? 'deal_lost' : 'deal_reopened';
    logDealEvent(store, existing, kind, now);
  } else if (stageChanged) {
    logStageChange(store, existing, oldStageId, now);
  }
  return { ok: true, deal: existing };
}

/** Returns whether `position` was assigned explicitly. */
function assign(ctx: DealWriteContext, draft: Draft, permitted: JsonRecord): boolean {
  let positionGiven = false;
  for (const [key, value] of Object.entries(permitted)) {
    if (key === 'name' || key === 'lost_reason') draft[key] = castString(value);
    else if (key === 'status') draft.status = castStatus(value);
    else if (key === 'stage_id' || key === 'pipeline_id' || key === 'contact_id') draft[key] = castInteger(value);
    else if (key === 'position') {
      draft.position = castInteger(value);
      positionGiven = draft.position !== null;
    } else if (key === 'lost_at' || key === 'won_at') draft[key] = castDateTime(ctx.zone, value, ctx.now);
    else if (key === 'custom_attributes') draft.custom_attributes = structuredClone(value) as JsonRecord;
  }
  return positionGiven;
}

function castStatus(value: unknown): WoofedDealStatus | null {
  if (value === 'open' || value === 'won' || value === 'lost') return value;
  if (isBlank(value)) return null;
  throw new ServerFailure(500, `'${String(value)}' is not a valid status`);
}

function setWonAndLost(draft: Draft, now: Date): void {
  if (draft.status === 'won') {
    draft.won_at = now;
    draft.lost_at = null;
    draft.lost_reason = '';
  } else if (draft.status === 'lost') {
    draft.lost_at = now;
    draft.won_at = null;
  } else {
    draft.lost_at = null;
    draft.won_at = null;
    draft.lost_reason = '';
  }
}

function bottomPosition(store: WoofedStore, stageId: number | null): number {
  return (
    store.deals.filter((deal) => deal.stage_id === stageId).reduce((max, deal) => Math.max(max, deal.position), 0) + 1
  );
}

function changed(existing: WoofedDeal, next: Draft): boolean {
  const keys = [
    'name',
    'status',
    'stage_id',
    'contact_id',
    'pipeline_id',
    'position',
    'lost_reason',
    'created_by_id',
  ] as const;
  if (keys.some((key) => existing[key] !== next[key])) return true;
  const sameInstant = (a: Date | null, b: Date | null): boolean => a?.getTime() === b?.getTime();
  if (!sameInstant(existing.lost_at, next.lost_at) || !sameInstant(existing.won_at, next.won_at)) return true;
  return JSON.stringify(existing.custom_attributes) !== JSON.stringify(next.custom_attributes);
}

/** `belongs_to :pipeline, touch: true`. */
function touchPipeline(store: WoofedStore, deal: WoofedDeal, now: Date): void {
  const pipeline = byId(store.pipelines, deal.pipeline_id);
  if (pipeline) pipeline.updated_at = now;
}
