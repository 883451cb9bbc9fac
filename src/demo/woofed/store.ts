/** Small lookups over the store's tables (single tenant: every row is in the account). */
import type { WoofedApp, WoofedStore } from './types';

export function nextId(rows: readonly { id: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
}

export function byId<T extends { id: number }>(rows: readonly T[], id: number | null): T | undefined {
  return id === null ? undefined : rows.find((row) => row.id === id);
}

/** The polymorphic `event.app`: looked up in the table of `app_type` (ids are per type). */
export function findApp(store: WoofedStore, appType: string | null, appId: number | null): WoofedApp | undefined {
  if (appType === null || appId === null) return undefined;
  return store.apps.find((app) => app.type === appType && app.id === appId);
}

/** `pipeline.stages.first`: an unordered association, so the lowest id. */
export function firstStage(store: WoofedStore, pipelineId: number): WoofedStore['stages'][number] | undefined {
  return store.stages.filter((stage) => stage.pipeline_id === pipelineId).sort((a, b) => a.id - b.id)[0];
}
