import { KOMMO_NOW } from '../../../src/demo/kommo';
import type { KommoRecord } from '../../../src/demo/kommo/store';
import { eventsNewestFirst, expectedTypename } from '../../helpers/kommo-expectations';
import { idsOf, sentPairs } from '../records/expected';
import { useHarness } from '../records/use-harness';

const env = useHarness();

const { store } = env;
const EVENTS = `query E($ids: [ID!], $first: Int!) {
  leads(filter: { ids: $ids }, first: 250) { nodes { id events(first: $first) { __typename id type entityId } } }
}`;

/** A lead's newest `first` events, computed from the store. */
function newest(leadId: string, first: number) {
  return eventsNewestFirst(store())
    .filter((event) => event['entity_type'] === 'lead' && String(event['entity_id']) === leadId)
    .slice(0, first)
    .map((event) => ({
      __typename: expectedTypename(String(event['type'])),
      id: event['id'],
      type: event['type'],
      entityId: leadId,
    }));
}

const eventCalls = () => sentPairs(env.h.sim.requests, '/api/v4/events');

describe('Lead.events(first)', () => {
  it('batches 25 leads into ⌈25/10⌉ = 3 events calls when each page proves complete', async () => {
    const leadIds = idsOf(store().leads).slice(0, 25);
    const result = await env.h.query(EVENTS, { ids: leadIds, first: 3 });
    expect(result).toEqual({ data: { leads: { nodes: leadIds.map((id) => ({ id, events: newest(id, 3) })) } } });
    expect(eventCalls()).toEqual(
      [0, 10, 20].map((start) => [
        ['filter[entity]', 'lead'],
        ['filter[entity_id]', leadIds.slice(start, start + 10).join(',')],
        ['page', '1'],
        ['limit', '100'],
      ]),
    );
    expect(env.h.sim.requests).toHaveLength(4);
  });

  it('falls back to one call per lead that a full page may have cut short, and never truncates', async () => {
    const [busy, quiet, other] = idsOf(store().leads).slice(40, 43) as [string, string, string];
    // 120 events newer than any other on one lead fill the batch page: the page proves nothing about the other two.
    const flood: KommoRecord[] = Array.from({ length: 120 }, (_, i) => ({
      id: `01zz${String(i).padStart(22, '0')}`,
      type: 'common_note_added',
      entity_id: Number(busy),
      entity_type: 'lead',
      created_by: 0,
      created_at: KOMMO_NOW + 60 + i,
      value_after: [{ note: { id: 1 } }],
      value_before: [],
      account_id: 1,
    }));
    store().events.push(...flood);
    try {
      const result = await env.h.query(EVENTS, { ids: [busy, quiet, other], first: 5 });
      expect(result).toEqual({
        data: { leads: { nodes: [busy, quiet, other].map((id) => ({ id, events: newest(id, 5) })) } },
      });
      expect(newest(quiet, 5).length + newest(other, 5).length).toBeGreaterThan(0);
      expect(eventCalls()).toEqual([
        [
          ['filter[entity]', 'lead'],
          ['filter[entity_id]', `${busy},${quiet},${other}`],
          ['page', '1'],
          ['limit', '100'],
        ],
        [
          ['filter[entity]', 'lead'],
          ['filter[entity_id]', quiet],
          ['page', '1'],
          ['limit', '5'],
        ],
        [
          ['filter[entity]', 'lead'],
          ['filter[entity_id]', other],
          ['page', '1'],
          ['limit', '5'],
        ],
      ]);
    } finally {
      store().events.splice(store().events.length - flood.length, flood.length);
    }
  });

  it('returns a lead with no events as an empty list', async () => {
    const silent = idsOf(store().leads).find((id) => newest(id, 1).length === 0) as string;
    expect(await env.h.query(EVENTS, { ids: [silent], first: 10 })).toEqual({
      data: { leads: { nodes: [{ id: silent, events: [] }] } },
    });
  });
});
