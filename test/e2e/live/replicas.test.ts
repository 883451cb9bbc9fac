import { startReplicas, type Replicas } from '../replicas/replicas-harness';
import { leadUpdateBody, postKommoWebhook } from './kommo-hooks';
import { liveClient, subscribe, until } from './live-client';

const SECRET = 'replica-hook-secret-0123456789';
const EVENTS = `subscription { kommoEvents(filter: { entityTypes: [LEAD], entityIds: ["24100003"] }) { id } }`;

let r: Replicas;
beforeEach(async () => {
  r = await startReplicas({ kommoWebhookSecret: SECRET });
});
afterEach(async () => {
  await r.close();
});

function webhookTo(url: string): Promise<Response> {
  return postKommoWebhook(url, SECRET, leadUpdateBody(24100003));
}

describe('live events across replicas (Redis)', () => {
  it('delivers a webhook received by one replica to a subscriber on another, once, even when both receive it', async () => {
    const [receiver, other] = [await r.startReplica(), await r.startReplica()];
    const client = liveClient(other.url);
    try {
      const subscribed = subscribe(client, EVENTS);
      await until(() => other.subscribers() === 1, 'the subscription');
      r.sim.store.events.push({
        id: '01repl00000000000000000001',
        type: 'name_field_changed',
        entity_id: 24100003,
        entity_type: 'lead',
        created_by: 0,
        created_at: Math.floor(Date.now() / 1000),
        value_after: [{ name_field_value: { name: 'Renamed' } }],
        value_before: [{ name_field_value: { name: 'Consulting package' } }],
        account_id: 31234567,
      });
      r.sim.resetRequests();

      expect((await webhookTo(receiver.url)).status).toBe(200);
      await subscribed.received(1);
      // Kommo retries a webhook it thinks failed, maybe to the other replica: claimed once in Redis.
      expect((await webhookTo(other.url)).status).toBe(200);
      await until(() => r.sim.count('/api/v4/events') === 2, 'the second events call');
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(subscribed.results).toEqual([{ data: { kommoEvents: { id: '01repl00000000000000000001' } } }]);
    } finally {
      await client.dispose();
    }
  });
});
