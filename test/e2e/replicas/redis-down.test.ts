import { print } from 'graphql';
import { TimelineDocument } from '../../../examples/__generated__/operations';
import { startReplicas, type Replicas } from './replicas-harness';

let replicas: Replicas;
afterEach(() => replicas.close());

describe('a replica whose Redis is unreachable', () => {
  it('sends nothing it cannot account for: Kommo calls and keyed sends fail with UPSTREAM_UNAVAILABLE; readiness says why', async () => {
    replicas = await startReplicas();
    const replica = await replicas.startReplica({ redisUrl: 'redis://:s3cret-pass@127.0.0.1:1' });

    const timeline = await replica.query(print(TimelineDocument), { first: 10 });
    expect(timeline.data).toBeNull();
    expect(timeline.errors?.map((error) => [error.message, error.extensions])).toEqual([
      [
        "Ponte's shared state (Redis) is unreachable, so this Kommo call was not sent",
        { code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: null },
      ],
    ]);

    const created = await replica.query('mutation { createLeads(input: [{ name: "Nova" }]) { id } }');
    expect(created.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_UNAVAILABLE');
    expect(created.errors?.[0]?.extensions?.['uncertain']).toBeUndefined();

    const sent = await replica.query(
      `mutation($input: WhatsappMessageInput!) { sendWhatsappMessage(dealId: "1", input: $input) { id } }`,
      { input: { appId: '2', content: 'Oi', idempotencyKey: 'k-1' } },
    );
    expect(sent.errors?.map((error) => error.extensions)).toEqual([
      { code: 'UPSTREAM_UNAVAILABLE', upstream: 'woofed', status: null },
    ]);

    expect(replicas.sim.requests).toEqual([]);
    expect(replicas.woofed.count('/api/v1/accounts/1/deals/1/events', 'POST')).toBe(0);
    expect(replica.readiness.ready).toBe(false);
    expect(Object.keys(replica.readiness.describe())).toEqual(['redis']);
    expect(replica.logger.entries.map((entry) => entry.message)).toContain(
      'Redis is unreachable: Kommo calls and keyed sends fail with UPSTREAM_UNAVAILABLE until it is back',
    );
    const told = JSON.stringify([timeline, created, sent, replica.readiness.describe(), replica.logger.entries]);
    expect(told).not.toContain('s3cret-pass');
  });
});
