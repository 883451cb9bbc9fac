import type { KommoStore } from '../../../src/demo/kommo';

/** What Kommo records when a lead moves to status 61000004 (the shape of its events feed). */
export function recordStatusChange(store: KommoStore, leadId: number, id: string): void {
  const lead = store.leads.find((row) => row['id'] === leadId)!;
  store.events.push({
    id,
    type: 'lead_status_changed',
    entity_id: leadId,
    entity_type: 'lead',
    created_by: 0,
    created_at: Math.floor(Date.now() / 1000),
    value_after: [{ lead_status: { id: 61000004, pipeline_id: lead['pipeline_id'] } }],
    value_before: [{ lead_status: { id: lead['status_id'], pipeline_id: lead['pipeline_id'] } }],
    account_id: 31234567,
  });
}
