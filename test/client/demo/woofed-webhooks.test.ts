import { CHATWOOT_APP_ID } from '../../../src/demo/woofed';
import { closeTestServers, FIXED_NOW_LOCAL, startTestServer, type WoofedTestServer } from './woofed-client';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

let receiver: WebhookReceiver;
let server: WoofedTestServer;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
  server = await startTestServer({ webhooks: { urls: [`${receiver.url}/woofed`], retryDelaysMs: [0] } });
});
afterEach(async () => {
  await closeTestServers();
  await receiver.close();
});

type Hook = { event: string; data: Record<string, unknown> };
const hooks = (): Hook[] => receiver.received.map((r) => JSON.parse(r.body) as Hook);

describe('WoofedCRM webhooks (Settings → Webhooks)', () => {
  it('an event created through the API is POSTed as JSON event_created, with deal, contact and content', async () => {
    const reply = await server.call('POST', '/deals/1/events', { kind: 'note', title: 'Ligação', content: 'Oi' });
    expect(reply.status).toBe(201);
    await server.sim.webhooks.idle();

    expect(receiver.received.map((r) => [r.path, r.contentType])).toEqual([['/woofed', 'application/json']]);
    const [hook] = hooks();
    const created = server.object(reply);
    const deal = server.object(await server.call('GET', '/deals/1'));
    expect(hook?.event).toBe('event_created');
    expect(hook?.data).toEqual({
      ...created,
      send_now: null,
      deal: Object.fromEntries(
        Object.entries(deal).filter(([key]) => !['contact', 'stage', 'pipeline', 'deal_assignees'].includes(key)),
      ),
      contact: deal['contact'],
      content: 'Oi',
      changed_attributes: null,
    });
  });

  it('a send-now message is event_created, then event_updated with the changed attributes once delivered', async () => {
    const reply = await server.call('POST', '/deals/2/events', {
      title: 'Chatwoot Message',
      content: 'Tudo certo?',
      kind: 'chatwoot_message',
      send_now: true,
      app_type: 'Apps::Chatwoot',
      app_id: CHATWOOT_APP_ID,
      additional_attributes: { chatwoot_inbox_id: '62483' },
    });
    server.sim.runDueJobs();
    await server.sim.webhooks.idle();

    // runDueJobs also delivers the seed's message scheduled for 2025-01-09 (its own event_updated).
    const id = server.object(reply)['id'];
    const ours = hooks().filter((h) => h.data['id'] === id);
    expect(ours.map((h) => [h.event, h.data['id']])).toEqual([
      ['event_created', id],
      ['event_updated', id],
    ]);
    const changed = ours[1]?.data['changed_attributes'] as Array<Record<string, unknown>>;
    expect(changed.map((c) => Object.keys(c)[0])).toEqual(['done_at', 'additional_attributes', 'done']);
    expect(changed[0]).toEqual({ done_at: { previous_value: null, current_value: FIXED_NOW_LOCAL } });
  });

  it('a new deal is deal_created (with its contact), then event_created for its deal_opened event', async () => {
    const reply = await server.call('POST', '/deals', { name: 'Novo', contact_id: 3, pipeline_id: 2 });
    await server.sim.webhooks.idle();

    expect(hooks().map((h) => [h.event, h.event === 'event_created' ? h.data['kind'] : h.data['id']])).toEqual([
      ['deal_created', server.object(reply)['id']],
      ['event_created', 'deal_opened'],
    ]);
    expect(hooks()[0]?.data['contact']).toMatchObject({ id: 3 });
  });

  it('sends to every configured URL in order, retries a failure once, and sends nothing for a refused write or without URLs', async () => {
    server.sim.webhooks.urls.push(`${receiver.url}/second`);
    receiver.answers.push(500);
    await server.call('POST', '/deals/1/events', { kind: null, content: '' });
    await server.call('POST', '/deals/1/events', { kind: 'note', content: 'Oi' });
    await server.sim.webhooks.idle();
    expect(server.sim.webhooks.deliveries.map((d) => [new URL(d.destination).pathname, d.attempt, d.status])).toEqual([
      ['/woofed', 1, 500],
      ['/woofed', 2, 200],
      ['/second', 1, 200],
    ]);

    server.sim.webhooks.urls.length = 0;
    await server.call('POST', '/deals/1/events', { kind: 'note', content: 'Sem webhook' });
    await server.sim.webhooks.idle();
    expect(receiver.received).toHaveLength(3);
  });
});
