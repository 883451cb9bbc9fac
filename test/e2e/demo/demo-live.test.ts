import type { Client } from 'graphql-ws';
import { boot, type Booted } from '../../../src/boot';
import { loadConfig } from '../../../src/config';
import { PIPELINE_IDS, STATUS_IDS } from '../../../src/demo/kommo';
import { recordingLogger, type RecordingLogger } from '../../helpers/recording-logger';
import { liveClient, subscribe, until } from '../live/live-client';

let running: Booted;
let logger: RecordingLogger;
let client: Client;
beforeAll(async () => {
  logger = recordingLogger();
  running = await boot(loadConfig({ PORT: '0', KOMMO_RATE_LIMIT_RPS: '50' }), logger);
  client = liveClient(running.gateway.url);
});
afterAll(async () => {
  await client.dispose();
  await running.stop();
});

function demo(): NonNullable<Booted['demo']> {
  if (running.demo === undefined) throw new Error('not in demo mode');
  return running.demo;
}

async function graphql(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(running.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('npm start: a live timeline out of the box', () => {
  it('registers its Kommo hook with the simulator at its own loopback URL, with a random secret never logged', () => {
    const [hook] = demo().kommo.webhooks.registry.list();
    const loopback = `http://127.0.0.1:${running.gateway.port}/webhooks/kommo/`;
    expect(hook?.destination.startsWith(loopback)).toBe(true);
    const secret = hook?.destination.slice(loopback.length) ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(logger.text()).not.toContain(secret);
    expect(demo().woofed.webhooks.urls).toEqual([
      expect.stringMatching(
        new RegExp(`^http://127\\.0\\.0\\.1:${running.gateway.port}/webhooks/woofed/[A-Za-z0-9_-]{32}$`),
      ),
    ]);
  });

  it("a lead moved through Ponte's own mutation reaches a kommoEvents subscriber through the simulator's webhook", async () => {
    const lead = demo().kommo.store.leads.find(
      (l) => l['pipeline_id'] === PIPELINE_IDS.sales && l['status_id'] !== STATUS_IDS.salesProposal,
    );
    const leadId = String(lead?.['id']);
    const live = subscribe<{ kommoEvents: { __typename: string; entityId: string } }>(
      client,
      `subscription($id: ID!) { kommoEvents(filter: { types: [LEAD_STATUS_CHANGED], entityTypes: [LEAD], entityIds: [$id] }) { __typename entityId } }`,
      { id: leadId },
    );
    await until(() => running.gateway.subscribers() === 1, 'the subscription');

    const written = await graphql(
      `
        mutation ($input: UpdateLeadInput!) {
          updateLead(input: $input) {
            id
          }
        }
      `,
      {
        input: { id: leadId, statusId: String(STATUS_IDS.salesProposal) },
      },
    );
    expect(written).toMatchObject({ data: { updateLead: { id: leadId } } });

    const [event] = await live.received(1);
    expect(event).toEqual({ data: { kommoEvents: { __typename: 'LeadStatusChangedEvent', entityId: leadId } } });
    await demo().kommo.webhooks.idle();
    expect(demo().kommo.webhooks.deliveries.map((d) => d.status)).toEqual([200]);
    live.stop();
    await until(() => running.gateway.subscribers() === 0, 'the end of the subscription');
  });

  it('an event written straight to WoofedCRM reaches a dealEvents subscriber through its webhook', async () => {
    const live = subscribe<{ dealEvents: { dealId: string; title: string } }>(
      client,
      `subscription { dealEvents(dealId: "3") { dealId title } }`,
    );
    await until(() => running.gateway.subscribers() === 1, 'the subscription');
    const sim = demo().woofed;
    const response = await fetch(`${sim.url}/api/v1/accounts/1/deals/3/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'note', title: 'Pelo WoofedCRM', content: 'Oi' }),
    });
    expect(response.status).toBe(201);
    await response.arrayBuffer();

    const [event] = await live.received(1);
    expect(event).toEqual({ data: { dealEvents: { dealId: '3', title: 'Pelo WoofedCRM' } } });
    live.stop();
    await until(() => running.gateway.subscribers() === 0, 'the end of the subscription');
  });
});
