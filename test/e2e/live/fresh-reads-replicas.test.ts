import { startReplicas, type Replica, type Replicas } from '../replicas/replicas-harness';
import { until } from './live-client';
import { leadIdsIn, leadNameIn, recordCalls, TIMELINE, type TimelineData } from './timeline-poll';
import { leadUpdateBody, postKommoWebhook } from './kommo-hooks';

const SECRET = 'fresh-replica-secret-0123456789';

let r: Replicas;
beforeEach(async () => {
  r = await startReplicas({ kommoWebhookSecret: SECRET, recordCacheSeconds: 60 });
});
afterEach(async () => {
  await r.close();
});

async function leadUpdatedAt(replica: Replica, id: number): Promise<void> {
  const before = r.sim.count('/api/v4/events');
  expect((await postKommoWebhook(replica.url, SECRET, leadUpdateBody(id))).status).toBe(200);
  await until(() => r.sim.count('/api/v4/events') === before + 1, 'the webhook events call');
}

async function pollAt(replica: Replica) {
  r.sim.resetRequests();
  const answer = await replica.query<TimelineData>(TIMELINE);
  return { answer, records: recordCalls(r.sim) };
}

describe('shared records across replicas (Redis)', () => {
  it('serves on replica B what A read, and B re-reads exactly the lead a webhook to A named', async () => {
    const [a, b] = [await r.startReplica(), await r.startReplica()];
    await leadUpdatedAt(a, 24100001);
    const first = await pollAt(a);
    expect(first.records).toHaveLength(4);
    expect((await pollAt(b)).records).toEqual([]);

    const renamed = leadIdsIn(first.answer)[0]!;
    r.sim.store.leads.find((row) => row['id'] === renamed)!['name'] = 'Renamed in Kommo';
    await leadUpdatedAt(a, renamed);
    const next = await pollAt(b);

    expect(next.records).toEqual([`/api/v4/leads ${renamed}`]);
    expect(leadNameIn(next.answer, renamed)).toBe('Renamed in Kommo');
  });
});
