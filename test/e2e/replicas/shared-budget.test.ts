import { print } from 'graphql';
import { TimelineDocument } from '../../../examples/__generated__/operations';
import { maxInWindow } from '../../helpers/arrivals';
import { startReplicas, type Replicas } from './replicas-harness';

let replicas: Replicas;
afterEach(() => replicas.close());

const TIMELINE = print(TimelineDocument);

describe('two replicas, one Kommo account, one budget', () => {
  it('30 concurrent distinct timelines against a strict 7 rps Kommo: never more than 7 arrivals in a second, no 429', async () => {
    replicas = await startReplicas({ rps: 7, sim: { rateLimitRps: 7 } });
    const [a, b] = [await replicas.startReplica(), await replicas.startReplica()];
    // Distinct pages of lead events: each costs its own events and leads calls (users and pipelines are shared).
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 === 0 ? a : b).query(TIMELINE, { first: i + 1, filter: { entityTypes: ['LEAD'] } }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const { requests } = replicas.sim;
    expect(requests.filter((request) => request.status !== 200)).toEqual([]);
    expect(requests.filter((request) => request.path === '/api/v4/events')).toHaveLength(30);
    expect(
      maxInWindow(
        requests.map((request) => request.at),
        1000,
      ),
    ).toBeLessThanOrEqual(7);
  }, 60_000);
});
