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

/** Kommo's webhook body for a status change: form-encoded, plus keys Ponte does not use. */
export function statusWebhook(leadId: number): string {
  return new URLSearchParams([
    ['leads[status][0][id]', String(leadId)],
    ['leads[status][0][status_id]', '61000004'],
    ['leads[status][0][pipeline_id]', '7000001'],
    ['leads[status][0][old_status_id]', '61000001'],
    ['leads[status][0][old_pipeline_id]', '7000001'],
    ['account[id]', '31234567'],
    ['account[subdomain]', 'demo'],
    ['unsorted[add][0][uid]', 'abc'],
  ]).toString();
}

/** Kommo's webhook body for an updated lead. */
export const leadUpdateBody = (id: number): string =>
  new URLSearchParams([
    ['leads[update][0][id]', String(id)],
    ['account[id]', '31234567'],
  ]).toString();

/** Posts a Kommo webhook to the gateway at `gatewayUrl`. */
export function postKommoWebhook(gatewayUrl: string, secret: string, body: string): Promise<Response> {
  return fetch(new URL(`/webhooks/kommo/${secret}`, gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}
