import { startHarness, type Harness } from '../../helpers/harness';

describe('createLeads over 250, against the simulator', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('251 leads: 2 sequential POSTs, read back in URL-sized batches (2 GETs), results in input order', async () => {
    const input = Array.from({ length: 251 }, (_, i) => ({ name: `Bulk ${i}`, price: i }));
    const result = await h.query<{ createLeads: Array<{ id: string; name: string; price: number }> }>(
      'mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { id name price } }',
      { input },
    );
    expect(result.errors).toBeUndefined();
    const leads = result.data?.createLeads ?? [];
    expect(leads.map((lead) => lead.name)).toEqual(input.map((item) => item.name));
    expect(leads.map((lead) => lead.price)).toEqual(input.map((item) => item.price));
    const stored = h.sim.store.leads.slice(-251);
    expect(leads.map((lead) => lead.id)).toEqual(stored.map((lead) => String(lead.id)));
    expect(h.sim.requests.map((request) => request.method)).toEqual(['POST', 'POST', 'GET', 'GET']);
    expect(h.sim.count('/api/v4/leads', 'POST')).toBe(2);
  });
});
