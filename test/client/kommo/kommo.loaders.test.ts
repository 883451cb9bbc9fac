import { createKommoLoaders } from '../../../src/kommo/kommo.loaders';
import { MAX_QUERY_LENGTH } from '../../../src/kommo/query-pairs';
import { queryString } from '../../../src/upstream/query-string';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import { Lead } from '../../../src/schema/leads/lead.type';
import { useKommoClient } from '../../helpers/kommo-client';

const kommo = useKommoClient();

/** The ids each call to `path` carried under `key`, calls in the order of their first id, separated by '|'. */
function idsPerCall(path: string, key: string): string[] {
  const calls = kommo.sim.requests
    .filter((request) => request.path === path)
    .map((request) => request.query.getAll(key));
  return calls.sort((a, b) => Number(a[0]) - Number(b[0])).flatMap((ids, index) => (index === 0 ? ids : ['|', ...ids]));
}

/** The longest query string sent, percent-encoded as the transport sends it. */
/** The longest query string sent, as the transport encodes it. */
function longestQuery(): number {
  return Math.max(...kommo.sim.requests.map((request) => queryString([...request.query]).length - 1));
}

describe('Kommo loaders over the list endpoints', () => {
  it('turns 300 lead ids into 2 calls that each fit the URL budget, in key order, null for missing ids', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const ids = kommo.sim.store.leads.slice(0, 299).map((lead) => String(lead['id']));
    const keys = [...ids, '999999999'];
    const leads = await Promise.all(keys.map((id) => loaders.entity(KommoEntityType.LEAD, id)));
    expect(leads.map((lead) => (lead instanceof Lead ? lead.id : null))).toEqual([...ids, null]);
    // ⌈300/250⌉ calls: with raw brackets 250 eight-digit ids fit the URL budget.
    expect(idsPerCall('/api/v4/leads', 'filter[id][]')).toEqual([...keys.slice(0, 250), '|', ...keys.slice(250)]);
    expect(longestQuery()).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('cuts the tasks of 250 leads into owner-id batches that fit the URL budget', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const owners = kommo.sim.store.leads.slice(0, 250).map((lead) => String(lead['id']));
    const tasks = await Promise.all(owners.map((id) => loaders.tasksOf(KommoEntityType.LEAD, id)));
    const expected = (id: string) =>
      kommo.sim.store.tasks
        .filter((task) => task['entity_type'] === 'leads' && String(task['entity_id']) === id)
        .map((task) => String(task['id']))
        .sort((a, b) => Number(a) - Number(b));
    expect(tasks.map((list) => list.map((task) => task.id))).toEqual(owners.map(expected));
    // `filter[entity_id][]` is longer than `filter[id][]`: 250 owners do not fit one URL, so two calls.
    const perCall = idsPerCall('/api/v4/tasks', 'filter[entity_id][]');
    expect(perCall.filter((id) => id === '|')).toHaveLength(1);
    expect(perCall.filter((id) => id !== '|')).toEqual(owners);
    expect(longestQuery()).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('asks for 250 notes by id in one call', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const ids = kommo.sim.store.notes.leads.slice(0, 158).map((note) => String(note['id']));
    const keys = [...ids, ...Array.from({ length: 92 }, (_, i) => String(49_000_001 + i))];
    const notes = await Promise.all(keys.map((id) => loaders.note(KommoEntityType.LEAD, id)));
    expect(notes.map((note) => note?.id ?? null)).toEqual([...ids, ...Array.from({ length: 92 }, () => null)]);
    expect(idsPerCall('/api/v4/leads/notes', 'filter[id][]')).toEqual(keys);
    expect(longestQuery()).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('dedupes repeated ids and answers non-numeric ids with null without a call', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const id = String(kommo.sim.store.contacts[0]?.['id']);
    const results = await Promise.all([
      loaders.entity(KommoEntityType.CONTACT, id),
      loaders.entity(KommoEntityType.CONTACT, id),
      loaders.entity(KommoEntityType.CONTACT, 'abc'),
      loaders.entity(KommoEntityType.CUSTOMER, '36100001'),
    ]);
    expect(results.map((r) => r?.id ?? null)).toEqual([id, id, null, null]);
    expect(kommo.sim.requests.map((request) => [request.path, request.query.getAll('filter[id][]')])).toEqual([
      ['/api/v4/contacts', [id]],
    ]);
  });

  it('fetches each kind of reference data once per loader set, and again for a new request', async () => {
    const first = createKommoLoaders(kommo.client);
    await Promise.all([
      first.userById(5000001),
      first.userById(5000002),
      first.status('7000001', '142'),
      first.pipelineById('7000002'),
      first.taskTypeById('2'),
    ]);
    const second = createKommoLoaders(kommo.client);
    await second.userById(5000001);
    expect(kommo.sim.requests.map((request) => request.path)).toEqual([
      '/api/v4/users',
      '/api/v4/leads/pipelines',
      '/api/v4/account',
      '/api/v4/users',
    ]);
    expect(await first.userById(0)).toBeNull();
  });
});
