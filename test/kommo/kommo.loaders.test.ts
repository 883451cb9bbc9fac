import { createKommoLoaders } from '../../src/kommo/kommo.loaders';
import { KommoEntityType } from '../../src/schema/common/entity-type.enum';
import { Lead } from '../../src/schema/leads/lead.type';
import { useKommoClient } from '../helpers/kommo-client';

const kommo = useKommoClient();

describe('Kommo loaders over the list endpoints', () => {
  it('turns 300 lead ids into ⌈300/250⌉ = 2 calls, in key order, null for missing ids', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const ids = kommo.sim.store.leads.slice(0, 299).map((lead) => String(lead['id']));
    const keys = [...ids, '999999999'];
    const leads = await Promise.all(keys.map((id) => loaders.entity(KommoEntityType.LEAD, id)));
    expect(leads.map((lead) => (lead instanceof Lead ? lead.id : null))).toEqual([...ids, null]);
    const calls = kommo.sim.requests.filter((request) => request.path === '/api/v4/leads');
    expect(calls.map((call) => call.query.getAll('filter[id][]').length)).toEqual([250, 50]);
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
    expect(kommo.sim.requests.map((request) => [request.path, request.query.getAll('filter[id][]')])).toEqual([['/api/v4/contacts', [id]]]);
  });

  it('fetches each kind of reference data once per loader set, and again for a new request', async () => {
    const first = createKommoLoaders(kommo.client);
    await Promise.all([first.userById(5000001), first.userById(5000002), first.status('7000001', '142'), first.pipelineById('7000002'), first.taskTypeById('2')]);
    const second = createKommoLoaders(kommo.client);
    await second.userById(5000001);
    expect(kommo.sim.requests.map((request) => request.path)).toEqual(['/api/v4/users', '/api/v4/leads/pipelines', '/api/v4/account', '/api/v4/users']);
    expect(await first.userById(0)).toBeNull();
  });
});
