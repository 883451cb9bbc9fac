import type { Client } from 'graphql-ws';
import { loadManifest, sha256Hex } from '../../../src/edge/persisted-operations';
import { startEdgeHarness, type EdgeHarness } from '../edge/edge-harness';
import { liveClient, subscribe, until } from './live-client';
import { postKommoWebhook, recordStatusChange, statusWebhook } from './kommo-hooks';

const SECRET = 'ws-operations-hook-secret-0123';
const LEAD = 24100001;
const [WATCH_HASH, WATCH_TEXT] = [...loadManifest('schema/persisted-operations.json')].find(([, document]) =>
  document.startsWith('subscription WatchLeadStatus'),
)!;

let h: EdgeHarness;
let client: Client;
afterEach(async () => {
  await client.dispose();
  await h.close();
});

async function start(env: Record<string, string>): Promise<void> {
  h = await startEdgeHarness(env, { webhooks: { kommoSecret: SECRET }, live: { burstMs: 5 } });
  client = liveClient(h.gateway.url);
}

/** Kommo's events feed gains a status change of LEAD, and Kommo posts its webhook. */
async function moveLead(id: string): Promise<void> {
  recordStatusChange(h.sim.store, LEAD, id);
  const response = await postKommoWebhook(h.gateway.url, SECRET, statusWebhook(LEAD));
  expect(response.status).toBe(200);
}

/** Subscribes with the raw graphql-ws payload (a hash-only request sends no text). */
function subscribeRaw(payload: { query: string; extensions?: Record<string, unknown> }) {
  const results: unknown[] = [];
  const ended = new Promise<unknown>((resolve) => {
    client.subscribe(
      { ...payload, variables: { leadId: String(LEAD) } },
      { next: (result) => results.push(result), error: resolve, complete: () => resolve(undefined) },
    );
  });
  return { results, ended };
}

describe('PERSISTED_OPERATIONS=only over WebSocket', () => {
  beforeEach(() => start({ PERSISTED_OPERATIONS: 'only' }));

  it('refuses a subscription the manifest does not hold, calling nothing', async () => {
    const { ended } = subscribeRaw({ query: 'subscription { kommoEvents { id } }' });
    expect(await ended).toEqual([
      { message: expect.stringContaining('persisted'), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
    ]);
    expect(h.upstreamCalls()).toBe(0);
  });

  it('runs the manifest subscription sent by its hash alone', async () => {
    expect(sha256Hex(WATCH_TEXT)).toBe(WATCH_HASH);
    const { results } = subscribeRaw({
      query: '',
      extensions: { persistedQuery: { version: 1, sha256Hash: WATCH_HASH } },
    });
    await until(() => h.gateway.subscribers() === 1, 'the subscription');
    await moveLead('ws-op-1');
    await until(() => results.length === 1, 'the event');
    expect(results).toEqual([
      {
        data: {
          kommoEvents: expect.objectContaining({
            __typename: 'LeadStatusChangedEvent',
            id: 'ws-op-1',
            entityId: String(LEAD),
            statusAfter: expect.objectContaining({ id: '61000004' }),
          }),
        },
      },
    ]);
  });
});

describe('errors over WebSocket', () => {
  beforeEach(() => start({}));

  it('are shaped as over HTTP (same code, reason and message)', async () => {
    const invalid = 'subscription { kommoEvents { id notAField } }';
    const overHttp = await h.send({ body: { query: invalid } });
    const { ended } = subscribe(client, invalid);
    expect(await ended).toEqual(overHttp.body.errors);
    expect(overHttp.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(h.upstreamCalls()).toBe(0);
  });
});
