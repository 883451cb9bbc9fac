import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { createPonteClient, latestEvents } from '../../../examples/clients/urql';
import { TimelineDocument } from '../../../examples/__generated__/graphql';
import { type EdgeHarness, startEdgeHarness } from './edge-harness';

const KEY = 'uk_8dJ3nQ5wR7tY1pL6';

let h: EdgeHarness;
beforeAll(async () => {
  h = await startEdgeHarness({ API_KEYS: `timeline-app:read:${KEY}`, ALLOW_ANONYMOUS: 'false' });
});
afterAll(() => h.close());
beforeEach(() => h.sim.resetRequests());

describe('urql against Ponte (examples/clients/urql.ts)', () => {
  it("refuses urql's default GET query with a message that says which header to send", async () => {
    const client = new Client({
      url: h.gateway.url,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers: { 'x-api-key': KEY } },
    });
    const result = await client.query(TimelineDocument, { first: 5 }).toPromise();
    expect(result.error?.response).toMatchObject({ status: 400 });
    expect(result.error?.graphQLErrors.map((error) => [error.message, error.extensions['code']])).toEqual([
      [expect.stringContaining('"apollo-require-preflight: true"'), 'BAD_USER_INPUT'],
    ]);
    expect(result.error?.graphQLErrors[0]?.message).toContain('preferGetMethod: false');
    expect(h.upstreamCalls()).toBe(0);
  });

  it('serves the example client: GET with apollo-require-preflight and its API key, typed data', async () => {
    const events = await latestEvents(createPonteClient({ url: h.gateway.url, apiKey: KEY }), 5);
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({ __typename: expect.any(String), id: expect.any(String) });
    expect(h.sim.requests.find((request) => request.path === '/api/v4/events')).toBeDefined();
  });

  it('refuses the example client without its key', async () => {
    await expect(latestEvents(createPonteClient({ url: h.gateway.url }), 5)).rejects.toMatchObject({
      graphQLErrors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })],
    });
    expect(h.upstreamCalls()).toBe(0);
  });
});
