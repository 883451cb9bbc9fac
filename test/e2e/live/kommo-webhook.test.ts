import type { Client } from 'graphql-ws';
import { startHarness, type Harness } from '../../helpers/harness';
import { liveClient, subscribe, until } from './live-client';
import { postKommoWebhook, recordStatusChange, statusWebhook } from './kommo-hooks';

const SECRET = 'kommo-hook-secret-0123456789';
const STATUS_EVENTS = `subscription S($lead: ID!) {
  kommoEvents(filter: { types: [LEAD_STATUS_CHANGED], entityTypes: [LEAD], entityIds: [$lead] }) {
    __typename id entityId
    ... on LeadStatusChangedEvent { statusAfter { id } }
  }
}`;

let h: Harness;
let client: Client;
beforeEach(async () => {
  h = await startHarness({ webhooks: { kommoSecret: SECRET }, live: { burstMs: 5 } });
  client = liveClient(h.gateway.url);
});
afterEach(async () => {
  await client.dispose();
  await h.close();
});

describe('a Kommo webhook to kommoEvents subscribers', () => {
  it('delivers one LeadStatusChangedEvent to the matching subscriber only, for one events call', async () => {
    const [lead, other] = [24100001, 24100002];
    const matching = subscribe(client, STATUS_EVENTS, { lead: String(lead) });
    const elsewhere = subscribe(client, STATUS_EVENTS, { lead: String(other) });
    await until(() => h.gateway.subscribers() === 2, 'two subscriptions');
    recordStatusChange(h.sim.store, lead, '01live000000000000000000001');
    h.sim.resetRequests();
    const sent = Date.now();

    const answer = await postKommoWebhook(h.gateway.url, SECRET, statusWebhook(lead));
    expect(answer.status).toBe(200);
    await matching.received(1);

    expect(Date.now() - sent).toBeLessThan(1000);
    expect(matching.results).toEqual([
      {
        data: {
          kommoEvents: {
            __typename: 'LeadStatusChangedEvent',
            id: '01live000000000000000000001',
            entityId: String(lead),
            statusAfter: { id: '61000004' },
          },
        },
      },
    ]);
    expect(elsewhere.results).toEqual([]);
    expect(h.sim.requests.filter((r) => r.path === '/api/v4/events').map((r) => [...r.query])).toEqual([
      [
        ['filter[entity]', 'lead'],
        ['filter[entity_id]', String(lead)],
        ['filter[created_at][from]', expect.stringMatching(/^\d+$/)],
        ['limit', '100'],
      ],
    ]);
  });

  it('delivers nothing new when the same webhook comes again', async () => {
    const lead = 24100001;
    const matching = subscribe(client, STATUS_EVENTS, { lead: String(lead) });
    await until(() => h.gateway.subscribers() === 1, 'the subscription');
    recordStatusChange(h.sim.store, lead, '01live000000000000000000002');
    await postKommoWebhook(h.gateway.url, SECRET, statusWebhook(lead));
    await matching.received(1);
    h.sim.resetRequests();

    expect((await postKommoWebhook(h.gateway.url, SECRET, statusWebhook(lead))).status).toBe(200);
    await until(() => h.calls('/api/v4/events') === 1, 'the second events call');
    // The second call's rows reach the bus (or not) before the next macrotask ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(matching.results).toHaveLength(1);
  });

  it('reads every page of a large burst (one call per 100 events) and delivers all of it oldest first', async () => {
    const lead = 24100001;
    const matching = subscribe(client, STATUS_EVENTS, { lead: String(lead) });
    await until(() => h.gateway.subscribers() === 1, 'the subscription');
    const ids = Array.from({ length: 230 }, (_, i) => `01bulk${String(i).padStart(21, '0')}`);
    for (const id of ids) recordStatusChange(h.sim.store, lead, id);
    h.sim.resetRequests();

    await postKommoWebhook(h.gateway.url, SECRET, statusWebhook(lead));
    await matching.received(ids.length);

    expect(matching.results.map((result) => (result.data as { kommoEvents: { id: string } }).kommoEvents.id)).toEqual(
      ids,
    );
    expect(h.sim.requests.filter((r) => r.path === '/api/v4/events').map((r) => r.query.get('page'))).toEqual([
      null,
      '2',
      '3',
    ]);
  });

  it('answers a wrong secret 404 and calls nothing', async () => {
    h.sim.resetRequests();
    const answer = await postKommoWebhook(h.gateway.url, 'wrong-secret', statusWebhook(24100001));
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: 'Not found: GraphQL is served at /graphql' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(h.sim.requests).toEqual([]);
    expect(h.logger.text()).not.toContain(SECRET);
  });

  it('refuses a bad filter with BAD_USER_INPUT and calls nothing', async () => {
    h.sim.resetRequests();
    const bad = subscribe(client, 'subscription { kommoEvents(filter: { entityIds: ["1"] }) { id } }');
    expect(await bad.ended).toBeUndefined();
    expect(bad.results).toEqual([
      {
        errors: [
          expect.objectContaining({
            message: expect.stringContaining('entityIds requires exactly one entity type in entityTypes'),
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
          }),
        ],
      },
    ]);
    expect(h.sim.requests).toEqual([]);
    expect(h.gateway.subscribers()).toBe(0);
  });
});
