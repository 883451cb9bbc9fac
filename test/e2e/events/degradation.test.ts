import { startHarness, type Harness } from '../../helpers/harness';

const DETAILS = `query Feed { events(first: 5) { nodes {
  __typename id type valueBefore valueAfter entity { __typename }
  ... on LeadStatusChangedEvent { statusBefore { id } statusAfter { id } }
  ... on TagsChangedEvent { tagsBefore tagsAfter }
  ... on NoteEvent { noteId note { id } }
} } }`;

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(() => harness.close());

/** Pushes raw events newer than anything seeded, so they lead the feed. */
function pushNewest(...events: Array<Record<string, unknown>>): void {
  const newest = Math.max(...harness.sim.store.events.map((event) => Number(event['created_at'])));
  events.forEach((event, index) =>
    harness.sim.store.events.push({ created_at: newest + 100 - index, created_by: 0, ...event }),
  );
}

const liveLeadId = (): number => Number(harness.sim.store.leads[0]?.['id']);

describe('malformed payloads degrade; the page is served', () => {
  it('keeps the raw JSON, nulls typed fields, maps unknown types to GenericEvent and gone records to null', async () => {
    const lead = liveLeadId();
    pushNewest(
      {
        id: 'e1',
        type: 'lead_status_changed',
        entity_type: 'lead',
        entity_id: lead,
        value_before: [{ lead_status: 'oops' }],
        value_after: null,
      },
      {
        id: 'e2',
        type: 'entity_tag_added',
        entity_type: 'lead',
        entity_id: lead,
        value_before: null,
        value_after: [{ tag: { name: 7 } }, 'x', { tag: { name: 'vip' } }],
      },
      {
        id: 'e3',
        type: 'common_note_added',
        entity_type: 'lead',
        entity_id: 999999999,
        value_before: [],
        value_after: [{ note: { id: 'not-a-number' } }],
      },
      {
        id: 'e4',
        type: 'hologram_projected',
        entity_type: 'lead',
        entity_id: lead,
        value_before: [],
        value_after: [{ hologram: { id: 1 } }],
      },
      {
        id: 'e5',
        type: 'lead_status_changed',
        entity_type: 'lead',
        entity_id: lead,
        value_before: [{ lead_status: { id: 61000002, pipeline_id: 424242 } }],
        value_after: [{ lead_status: { id: 424242, pipeline_id: 7000001 } }],
      },
    );
    const result = await harness.query(DETAILS);
    expect(result).toEqual({
      data: {
        events: {
          nodes: [
            {
              __typename: 'LeadStatusChangedEvent',
              id: 'e1',
              type: 'lead_status_changed',
              valueBefore: [{ lead_status: 'oops' }],
              valueAfter: [],
              entity: { __typename: 'Lead' },
              statusBefore: null,
              statusAfter: null,
            },
            {
              __typename: 'TagsChangedEvent',
              id: 'e2',
              type: 'entity_tag_added',
              valueBefore: [],
              valueAfter: [{ tag: { name: 7 } }, 'x', { tag: { name: 'vip' } }],
              entity: { __typename: 'Lead' },
              tagsBefore: [],
              tagsAfter: ['vip'],
            },
            {
              __typename: 'NoteEvent',
              id: 'e3',
              type: 'common_note_added',
              valueBefore: [],
              valueAfter: [{ note: { id: 'not-a-number' } }],
              entity: null,
              noteId: null,
              note: null,
            },
            {
              __typename: 'GenericEvent',
              id: 'e4',
              type: 'hologram_projected',
              valueBefore: [],
              valueAfter: [{ hologram: { id: 1 } }],
              entity: { __typename: 'Lead' },
            },
            {
              __typename: 'LeadStatusChangedEvent',
              id: 'e5',
              type: 'lead_status_changed',
              valueBefore: [{ lead_status: { id: 61000002, pipeline_id: 424242 } }],
              valueAfter: [{ lead_status: { id: 424242, pipeline_id: 7000001 } }],
              entity: { __typename: 'Lead' },
              statusBefore: null,
              statusAfter: null,
            },
          ],
        },
      },
    });
  });

  it('drops a row without an id or a known entity type, logs it, and serves the rest', async () => {
    pushNewest(
      { type: 'lead_added', entity_type: 'lead', entity_id: liveLeadId(), value_before: [], value_after: [] },
      {
        id: 'cat1',
        type: 'entity_linked',
        entity_type: 'catalog_element',
        entity_id: 5,
        value_before: [],
        value_after: [],
      },
    );
    const result = await harness.query<{ events: { nodes: Array<{ id: string }> } }>(
      `{ events(first: 5) { nodes { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.events.nodes).toHaveLength(3);
    expect(result.data?.events.nodes.map((node) => node.id)).not.toContain('cat1');
    expect(harness.logger.entries.filter((entry) => entry.level === 'warn')).toEqual([
      {
        level: 'warn',
        message: 'dropped Kommo events without id, type, entity or created_at',
        fields: { dropped: 2, requestId: expect.any(String) },
      },
    ]);
  });

  it('answers event(id) with null for an id Kommo does not know, after one call', async () => {
    const result = await harness.query(`{ event(id: "01unknownunknownunknownunk") { id } }`);
    expect(result).toEqual({ data: { event: null } });
    expect(harness.calls('/api/v4/events/01unknownunknownunknownunk')).toBe(1);
  });
});
