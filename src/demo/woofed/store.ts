/** Small lookups over the store's tables (single tenant: every row is in the account). */
import type { WoofedApp, WoofedDeal, WoofedEvent, WoofedStore } from './types';

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

/** Stores an event as the app's own writers create it (from_me, no app, not done), with `fields` on top. */
export function appendEvent(
  store: WoofedStore,
  deal: WoofedDeal,
  kind: WoofedEvent['kind'],
  when: Date,
  fields: Partial<WoofedEvent>,
): WoofedEvent {
  const event: WoofedEvent = {
    id: nextId(store.events),
    deal_id: deal.id,
    contact_id: deal.contact_id,
    app_type: null,
    app_id: null,
    kind,
    scheduled_at: null,
    done_at: null,
    from_me: true,
    status: null,
    custom_attributes: {},
    additional_attributes: {},
    created_at: when,
    updated_at: when,
    title: '',
    auto_done: false,
    content: null,
    delivery: { state: 'none' },
    ...fields,
  };
  store.events.push(event);
  return event;
}
