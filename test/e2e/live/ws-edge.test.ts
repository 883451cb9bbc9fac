import { startEdgeHarness, type EdgeHarness } from '../edge/edge-harness';
import { liveClient, subscribe, until } from './live-client';

const READ_KEY = 'live-read-key-0123456789abcdef';
const EVENTS = 'subscription { kommoEvents { id } }';

let h: EdgeHarness;
beforeEach(async () => {
  h = await startEdgeHarness({ API_KEYS: `watcher:read:${READ_KEY}`, ALLOW_ANONYMOUS: 'false', MAX_ROOT_FIELDS: '1' });
});
afterEach(async () => {
  await h.close();
});

/** Subscribes once and answers how the connection or the operation ended: a close event or the errors. */
async function refused(params: Record<string, string>, query = EVENTS): Promise<unknown> {
  const client = liveClient(h.gateway.url, params);
  try {
    return await subscribe(client, query).ended;
  } finally {
    await client.dispose();
  }
}

describe('subscriptions behind the edge', () => {
  it('closes a connection without credentials with 4401 and the reason, calling nothing', async () => {
    expect(await refused({})).toMatchObject({ code: 4401, reason: expect.stringContaining('Credentials required') });
    expect(h.upstreamCalls()).toBe(0);
  });

  it('closes a connection with an unknown key with 4401 and never echoes the key', async () => {
    expect(await refused({ 'x-api-key': 'not-a-key-0123456789' })).toMatchObject({
      code: 4401,
      reason: 'The API key is not valid',
    });
    expect(h.logger.text()).not.toContain('not-a-key-0123456789');
  });

  it('accepts the key in the connection_init payload', async () => {
    const client = liveClient(h.gateway.url, { 'x-api-key': READ_KEY });
    try {
      subscribe(client, EVENTS);
      await until(() => h.gateway.subscribers() === 1, 'the subscription');
    } finally {
      await client.dispose();
    }
    await until(() => h.gateway.subscribers() === 0, 'the subscription to end with its connection');
    expect(h.upstreamCalls()).toBe(0);
  });

  it('applies the operation limits and the write scope to WebSocket operations', async () => {
    expect(await refused({ 'x-api-key': READ_KEY }, 'query { a: pipelines { id } b: pipelines { id } }')).toEqual([
      {
        message: 'The operation has 2 root fields; MAX_ROOT_FIELDS allows 1',
        extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'MAX_ROOT_FIELDS', max: 1, actual: 2 },
      },
    ]);
    const note = 'mutation { createDealNote(dealId: "1", input: { content: "x" }) { id } }';
    expect(await refused({ 'x-api-key': READ_KEY }, note)).toEqual([
      {
        message: expect.stringContaining('Mutations need write scope, and watcher may only read'),
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
    expect(h.upstreamCalls()).toBe(0);
  });
});
