import type { KommoRecord, KommoStore } from '../../../src/demo/kommo';

/** The name of a seeded lead's status, looked up in the simulator's pipelines. */
export function statusName(store: KommoStore, lead: KommoRecord): unknown {
  const pipeline = store.pipelines.find((row) => row['id'] === lead['pipeline_id']);
  const statuses = (pipeline?.['_embedded'] as { statuses?: KommoRecord[] } | undefined)?.statuses ?? [];
  return statuses.find((status) => status['id'] === lead['status_id'])?.['name'];
}
