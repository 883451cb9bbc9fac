import type { Client } from 'graphql-ws';
import { startHarness, type Harness } from '../../helpers/harness';
import { storedEvent } from '../deals/deal-harness';
import { liveClient, subscribe, until } from './live-client';

const SECRET = 'woofed-hook-secret-0123456789';
const DEAL_EVENTS = `subscription D($deal: ID!) { dealEvents(dealId: $deal) { id dealId kind content } }`;
const NOTE = `mutation($dealId: ID!, $input: DealNoteInput!) { createDealNote(dealId: $dealId, input: $input) { id } }`;

let h: Harness;
let client: Client;
beforeEach(async () => {
  h = await startHarness({ webhooks: { woofedSecret: SECRET } });
  client = liveClient(h.gateway.url);
});
afterEach(async () => {
  await client.dispose();
  await h.close();
});

/** WoofedCRM's webhook (reference §7): `{"event", "data": record as_json}`. */
function postWebhook(secret: string, event: string, data: unknown): Promise<Response> {
  return fetch(new URL(`/webhooks/woofed/${secret}`, h.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event, data }),
  });
}

describe('dealEvents', () => {
  it("delivers Ponte's own note once, even when WoofedCRM's webhook for it follows, and an update again", async () => {
    const deal = subscribe(client, DEAL_EVENTS, { deal: '1' });
    const otherDeal = subscribe(client, DEAL_EVENTS, { deal: '21' });
    await until(() => h.gateway.subscribers() === 2, 'two subscriptions');

    const written = await h.query<{ createDealNote: { id: string } }>(NOTE, {
      dealId: '1',
      input: { content: 'Liguei para o cliente.' },
    });
    const id = written.data!.createDealNote.id;
    await deal.received(1);
    const stored = storedEvent(h, id);
    const created = await postWebhook(SECRET, 'event_created', { ...stored, deal: { id: 1 } });
    expect(created.status).toBe(200);
    const updated = { ...stored, content: 'Cliente retornou.', updated_at: '2031-01-01T00:00:00.000Z' };
    await postWebhook(SECRET, 'event_updated', updated);
    await deal.received(2);

    expect(deal.results).toEqual([
      { data: { dealEvents: { id, dealId: '1', kind: 'NOTE', content: 'Liguei para o cliente.' } } },
      { data: { dealEvents: { id, dealId: '1', kind: 'NOTE', content: 'Cliente retornou.' } } },
    ]);
    expect(otherDeal.results).toEqual([]);
  });

  it('ignores webhooks that are not timeline events, and a wrong secret is 404', async () => {
    const deal = subscribe(client, DEAL_EVENTS, { deal: '1' });
    await until(() => h.gateway.subscribers() === 1, 'the subscription');
    expect((await postWebhook(SECRET, 'deal_updated', { id: 1, name: 'x' })).status).toBe(200);
    const stored = h.woofed.store.events.find((event) => event.deal_id === 1)!;
    expect((await postWebhook('not-the-secret', 'event_created', stored)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deal.results).toEqual([]);
    expect(h.woofed.requests).toEqual([]);
  });

  it('refuses a malformed deal id with BAD_USER_INPUT', async () => {
    const bad = subscribe(client, 'subscription { dealEvents(dealId: "abc") { id } }');
    await bad.ended;
    expect(bad.results).toEqual([
      { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })] },
    ]);
  });
});
