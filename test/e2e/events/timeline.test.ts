import { TimelineDocument } from '../../../examples/__generated__/operations';
import {
  byId,
  ENTITY_TYPENAMES,
  entityRows,
  eventsNewestFirst,
  expectedTypename,
  firstPayload,
} from '../../helpers/kommo-expectations';
import { startHarness, type Harness } from '../../helpers/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.sim.resetRequests());

/** What the Timeline document must return, computed from the simulator's raw data. */
function expectedTimeline(h: Harness, first: number) {
  const { store } = h.sim;
  return eventsNewestFirst(store)
    .slice(0, first)
    .map((event) => {
      const type = String(event['type']);
      const rows = entityRows(store, event['entity_type']);
      const record = rows === undefined ? undefined : byId(rows, event['entity_id']);
      const typename = ENTITY_TYPENAMES[String(event['entity_type'])];
      const entity =
        record === undefined || typename === undefined
          ? null
          : typename === 'Lead'
            ? { __typename: 'Lead', id: String(record['id']), name: record['name'] }
            : { __typename: typename };
      const user = event['created_by'] === 0 ? undefined : byId(store.users, event['created_by']);
      const node: Record<string, unknown> = {
        __typename: expectedTypename(type),
        id: event['id'],
        type,
        createdAt: new Date(Number(event['created_at']) * 1000).toISOString(),
        entity,
        createdBy: user === undefined ? null : { id: String(user['id']), name: user['name'] },
      };
      if (type === 'lead_status_changed') {
        const ref = firstPayload(event['value_after'], 'lead_status');
        const pipeline = byId(store.pipelines, ref?.['pipeline_id']);
        const statuses = ((pipeline?.['_embedded'] as Record<string, unknown> | undefined)?.['statuses'] ??
          []) as Array<Record<string, unknown>>;
        const status = byId(statuses, ref?.['id']);
        node['statusAfter'] =
          status === undefined || pipeline === undefined
            ? null
            : {
                id: String(status['id']),
                name: status['name'],
                pipeline: { id: String(pipeline['id']), name: pipeline['name'] },
              };
      }
      return node;
    });
}

describe('the timeline query (typed document from examples/)', () => {
  it('answers events(first: 100) with names, creators and stages, whole response', async () => {
    const result = await harness.query(TimelineDocument, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.events.nodes).toEqual(expectedTimeline(harness, 100));
    expect(result.data?.events.pageInfo.hasNextPage).toBe(true);
  });

  it('costs 1 events call, 1 call per entity type, 1 users call and 1 pipelines call', async () => {
    await harness.query(TimelineDocument, { first: 100 });
    const page = eventsNewestFirst(harness.sim.store).slice(0, 100);
    const types = new Set(page.map((event) => String(event['entity_type'])).filter((t) => t !== 'customer'));
    const paths = harness.sim.requests.map((request) => request.path).sort();
    const expected = [
      '/api/v4/events',
      '/api/v4/users',
      '/api/v4/leads/pipelines',
      ...[...types].map(
        (type) =>
          `/api/v4/${{ lead: 'leads', contact: 'contacts', company: 'companies', task: 'tasks' }[type] ?? type}`,
      ),
    ].sort();
    expect(paths).toEqual(expected);
    expect(types.has('lead')).toBe(true);
    // The lead batch names every distinct lead of the page, in one call.
    const leadCall = harness.sim.requests.find((request) => request.path === '/api/v4/leads');
    const leadIds = new Set(
      page.filter((event) => event['entity_type'] === 'lead').map((event) => String(event['entity_id'])),
    );
    expect(new Set(leadCall?.query.getAll('filter[id][]'))).toEqual(leadIds);
    expect(leadCall?.query.get('limit')).toBe('250');
  });

  it('keeps its pages stable while new events arrive, and refuses a cursor reused with another filter', async () => {
    const first = await harness.query(TimelineDocument, { first: 10 });
    const seenFirst = first.data?.events.nodes.map((node) => node.id) ?? [];
    const newest = Math.max(...harness.sim.store.events.map((event) => Number(event['created_at'])));
    harness.sim.store.events.push({
      id: 'arrived-later',
      type: 'lead_added',
      entity_type: 'lead',
      entity_id: 24100001,
      created_by: 0,
      created_at: newest + 60,
      value_before: [],
      value_after: [],
    });
    const after = first.data?.events.pageInfo.endCursor ?? null;
    const second = await harness.query(TimelineDocument, { first: 10, after });
    expect(second.data?.events.nodes.map((node) => node.id)).toEqual(
      eventsNewestFirst(harness.sim.store)
        .filter((event) => event['id'] !== 'arrived-later')
        .slice(10, 20)
        .map((event) => event['id']),
    );
    expect(second.data?.events.nodes.map((node) => node.id)).not.toContain(seenFirst.at(-1));
    const events = harness.sim.requests.filter((request) => request.path === '/api/v4/events');
    expect(events.at(-1)?.query.get('filter[created_at][to]')).toBe(String(newest));
    const other = await harness.query(TimelineDocument, { first: 10, after, filter: { types: ['LEAD_ADDED'] } });
    expect(other.errors?.[0]?.message).toBe(
      'Invalid after: this cursor was issued for other arguments (filter, query or orderBy); pass the same ones.',
    );
    harness.sim.store.events.splice(
      harness.sim.store.events.findIndex((event) => event['id'] === 'arrived-later'),
      1,
    );
  });

  it('pages with the cursor and reaches every seeded event exactly once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const result = await harness.query(TimelineDocument, after ? { first: 100, after } : { first: 100 });
      expect(result.errors).toBeUndefined();
      const connection = result.data?.events;
      seen.push(...(connection?.nodes.map((node) => node.id) ?? []));
      after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after && pages < 20);
    expect(seen).toEqual(eventsNewestFirst(harness.sim.store).map((event) => event['id']));
    const eventCalls = harness.sim.requests.filter((request) => request.path === '/api/v4/events');
    expect(eventCalls.map((request) => request.query.get('page'))).toEqual(
      Array.from({ length: eventCalls.length }, (_, i) => String(i + 1)),
    );
  });
});
