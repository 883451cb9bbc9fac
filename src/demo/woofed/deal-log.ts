/**
 * `Deal::EventCreator`: the timeline events a deal writes about itself (opened, won, lost,
 * reopened, stage change). Always done, from_me, with names copied into additional_attributes.
 */
import { appendEvent, byId } from './store';
import type { WoofedDeal, WoofedEvent, WoofedEventKind, WoofedStore } from './types';

export type DealLogKind = Extract<WoofedEventKind, 'deal_opened' | 'deal_won' | 'deal_lost' | 'deal_reopened'>;

export function logDealEvent(store: WoofedStore, deal: WoofedDeal, kind: DealLogKind, at: Date): WoofedEvent {
  const stage = byId(store.stages, deal.stage_id);
  const pipeline = byId(store.pipelines, deal.pipeline_id);
  return push(store, deal, kind, at, {
    stage_id: stage?.id ?? null,
    stage_name: stage?.name ?? null,
    pipeline_id: pipeline?.id ?? null,
    pipeline_name: pipeline?.name ?? null,
    deal_name: deal.name,
  });
}

export function logStageChange(store: WoofedStore, deal: WoofedDeal, oldStageId: number, at: Date): WoofedEvent {
  const oldStage = byId(store.stages, oldStageId);
  const newStage = byId(store.stages, deal.stage_id);
  const oldPipeline = byId(store.pipelines, oldStage?.pipeline_id ?? null);
  const newPipeline = byId(store.pipelines, newStage?.pipeline_id ?? null);
  return push(store, deal, 'deal_stage_change', at, {
    old_stage_id: oldStage?.id ?? null,
    old_stage_name: oldStage?.name ?? null,
    old_stage_pipeline_id: oldPipeline?.id ?? null,
    old_stage_pipeline_name: oldPipeline?.name ?? null,
    new_stage_id: newStage?.id ?? null,
    new_stage_name: newStage?.name ?? null,
    new_stage_pipeline_id: newPipeline?.id ?? null,
    new_stage_pipeline_name: newPipeline?.name ?? null,
    deal_name: deal.name,
  });
}

function push(
  store: WoofedStore,
  deal: WoofedDeal,
  kind: WoofedEventKind,
  at: Date,
  additional: Record<string, unknown>,
): WoofedEvent {
  return appendEvent(store, deal, kind, at, { done_at: at, additional_attributes: additional });
}
