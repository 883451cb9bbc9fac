import { createWoofedSeed, SEED_CONTACTS, SEED_DEALS } from '../../../src/demo/woofed';
import { closeTestServers, FIXED_NOW_LOCAL, startTestServer } from './woofed-client';

afterEach(closeTestServers);

describe('WoofedCRM simulator: deals', () => {
  it('shows a deal with contact, stage, pipeline and deal_assignees; 404 {"errors":"Not found"} otherwise', async () => {
    const server = await startTestServer();
    const reply = await server.call('GET', '/deals/1');
    expect(reply.status).toBe(200);
    const deal = server.object(reply);
    expect(Object.keys(deal)).toEqual([
      'id',
      'name',
      'status',
      'stage_id',
      'contact_id',
      'custom_attributes',
      'created_at',
      'updated_at',
      'pipeline_id',
      'position',
      'created_by_id',
      'total_deal_products_amount_in_cents',
      'lost_at',
      'won_at',
      'lost_reason',
      'account_id',
      'contact',
      'stage',
      'pipeline',
      'deal_assignees',
    ]);
    expect(deal).toMatchObject({ id: 1, contact_id: 1, pipeline_id: 1, status: 'open', account_id: 1 });
    expect(deal['contact']).toMatchObject({ id: 1, account_id: 1 });
    expect(deal['stage']).toMatchObject({ id: deal['stage_id'], pipeline_id: 1 });
    expect(deal['pipeline']).toMatchObject({ id: 1, name: 'Funil de Vendas' });
    expect(deal['deal_assignees']).toEqual([expect.objectContaining({ deal_id: 1, user_id: expect.any(Number) })]);
    expect(String(deal['created_at'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}-03:00$/);
    const missing = await server.call('GET', '/deals/9999');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errors: 'Not found' });
  });

  it('creates, updates and upserts deals with their timeline events', async () => {
    const server = await startTestServer();
    const created = await server.call('POST', '/deals', { name: 'Novo', contact_id: 3, pipeline_id: 2 });
    expect(created.status).toBe(201);
    const deal = server.object(created);
    expect(deal).toMatchObject({
      name: 'Novo',
      stage_id: 5,
      pipeline_id: 2,
      created_by_id: 1,
      status: 'open',
      created_at: FIXED_NOW_LOCAL,
    });
    const id = Number(deal['id']);
    const kinds = (): string[] => server.sim.store.events.filter((e) => e.deal_id === id).map((e) => e.kind);
    expect(kinds()).toEqual(['deal_opened']);
    expect(server.sim.store.deal_assignees.filter((a) => a.deal_id === id)).toHaveLength(1);

    const won = await server.call('PATCH', `/deals/${id}`, { status: 'won' });
    expect(server.object(won)).toMatchObject({ status: 'won', won_at: FIXED_NOW_LOCAL });
    expect((await server.call('PUT', `/deals/${id}`, { stage_id: 6 })).status).toBe(200);
    expect(kinds()).toEqual(['deal_opened', 'deal_won', 'deal_stage_change']);
    const change = server.sim.store.events.filter((e) => e.deal_id === id).at(-1);
    expect(change?.additional_attributes).toMatchObject({
      old_stage_id: 5,
      new_stage_id: 6,
      new_stage_pipeline_name: 'Pós-venda',
    });

    const invalid = await server.call('PATCH', `/deals/${id}`, { stage_id: null });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toEqual({ errors: ['Stage must exist'] });
    expect((await server.call('POST', '/deals', { contact_id: null, stage_id: null })).body).toEqual({
      errors: ['Contact must exist', 'Stage must exist', 'Pipeline must exist'],
    });
    expect((await server.call('PATCH', '/deals/9999', { name: 'x' })).body).toEqual({ errors: 'Not found' });
    expect((await server.call('POST', '/deals', { contact_id: 3, stage_id: 1, status: 'maybe' })).status).toBe(500);

    const upsert = await server.call('POST', '/deals/upsert', { contact_id: 2, name: 'Renomeado' });
    expect(upsert.status).toBe(200);
    expect(server.object(upsert)).toMatchObject({ id: 2, name: 'Renomeado' });
  });
});

describe('WoofedCRM simulator: contacts', () => {
  it('shows a contact with its deals and events (events without content)', async () => {
    const server = await startTestServer();
    const reply = await server.call('GET', '/contacts/1');
    expect(reply.status).toBe(200);
    const contact = server.object(reply);
    expect(Object.keys(contact).slice(-2)).toEqual(['deals', 'events']);
    const deals = contact['deals'] as Record<string, unknown>[];
    const events = contact['events'] as Record<string, unknown>[];
    expect(deals.map((d) => d['id'])).toEqual([1, 21]);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e) => e['contact_id'] === 1 && !('content' in e) && e['send_now'] === null)).toBe(true);
    expect(events.map((e) => e['kind'])).toContain('deal_opened');
    expect((await server.call('GET', '/contacts/999')).body).toEqual({ error: 'Resource could not be found' });
  });

  it('creates a contact (phone gets its +) and rejects a duplicate phone', async () => {
    const server = await startTestServer();
    const created = await server.call('POST', '/contacts', {
      full_name: 'Zé',
      phone: '552299856258',
      custom_attributes: { cpf: '1' },
    });
    expect(created.status).toBe(201);
    expect(server.object(created)).toMatchObject({
      full_name: 'Zé',
      phone: '+552299856258',
      email: '',
      custom_attributes: { cpf: '1' },
      label_list: [],
    });
    const duplicate = await server.call('POST', '/contacts', { phone: '+552299856258' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toEqual({ errors: ['Phone (cell) has already been taken'] });
  });

  it('searches with ransack predicates and Pagy pagination (10 per page)', async () => {
    const server = await startTestServer();
    const all = server.object(await server.call('GET', '/contacts/search'));
    expect(all['pagination']).toEqual({
      page: 1,
      items: 10,
      count: 20,
      pages: 2,
      from: 1,
      last: 2,
      to: 10,
      prev: null,
      next: 2,
    });
    expect((all['data'] as unknown[]).length).toBe(10);
    const second = server.object(await server.call('POST', '/contacts/search', { page: 2 }));
    expect(second['pagination']).toMatchObject({ page: 2, from: 11, to: 20, prev: 1, next: null });
    const overflow = server.object(await server.call('GET', '/contacts/search?page=5'));
    expect(overflow).toEqual({
      data: [],
      pagination: { page: 5, items: 0, count: 20, pages: 2, from: 0, last: 2, to: 0, prev: 2, next: null },
    });

    const byIds = server.object(await server.call('GET', '/contacts/search?query[id_in][]=3&query[id_in][]=4'));
    expect((byIds['data'] as Record<string, unknown>[]).map((c) => c['id'])).toEqual([3, 4]);
    const target = server.sim.store.contacts[4];
    const byName = server.object(
      await server.call('POST', '/contacts/search', { query: { full_name_cont: target?.full_name.toUpperCase() } }),
    );
    expect(byName['pagination']).toMatchObject({ count: 1, items: 1 });
    const none = server.object(await server.call('POST', '/contacts/search', { query: { email_cont: 'nobody-here' } }));
    expect(none).toEqual({
      data: [],
      pagination: { page: 1, items: 10, count: 0, pages: 1, from: 0, last: 1, to: 0, prev: null, next: null },
    });

    const bad = await server.call('POST', '/contacts/search', { query: { full_name: 'x' } });
    expect(bad.status).toBe(422);
    expect(bad.body).toEqual({ errors: 'Invalid search parameters', details: 'No valid predicate for full_name' });
    expect((await server.call('GET', '/contacts/search?query[nickname_eq]=x')).body).toEqual({
      errors: 'Invalid search parameters',
      details: 'Invalid search term nickname_eq',
    });
  });
});

describe('WoofedCRM simulator: harness', () => {
  it('records requests and answers an injected fault once', async () => {
    const server = await startTestServer();
    server.sim.injectFault({ method: 'POST', pathPrefix: '/api/v1/accounts/1/deals', status: 503, raw: 'busy' });
    const faulted = await server.call('POST', '/deals/1/events', { kind: 'note' });
    expect(faulted.status).toBe(503);
    expect(faulted.text).toBe('busy');
    expect((await server.call('POST', '/deals/1/events', { kind: 'note' })).status).toBe(201);
    expect(server.sim.count('/api/v1/accounts/1/deals/1/events', 'post')).toBe(2);
    expect(server.sim.requests[0]?.body).toEqual({ kind: 'note' });
    server.sim.resetRequests();
    expect(server.sim.count()).toBe(0);
  });

  it('seeds deterministically from the seed, with a fixed structure', () => {
    const seven = createWoofedSeed(7);
    expect(createWoofedSeed(7)).toEqual(seven);
    expect(createWoofedSeed(8).contacts.map((c) => c.full_name)).not.toEqual(seven.contacts.map((c) => c.full_name));
    expect(seven.contacts).toHaveLength(SEED_CONTACTS);
    expect(seven.deals).toHaveLength(SEED_DEALS);
    expect(seven.deals.every((d) => d.contact_id === ((d.id - 1) % SEED_CONTACTS) + 1)).toBe(true);
    expect(seven.contacts.every((c) => /^\+[1-9]\d{1,14}$/.test(c.phone) && c.email.includes('@'))).toBe(true);
    expect(new Set(seven.contacts.map((c) => c.phone)).size).toBe(SEED_CONTACTS);
    expect(seven.apps.map((a) => [a.type, a.id])).toEqual([
      ['Apps::Chatwoot', 1],
      ['Apps::EvolutionApi', 2],
    ]);
    expect(seven.events.filter((e) => e.kind === 'deal_opened')).toHaveLength(SEED_DEALS);
    expect(seven.events.some((e) => e.kind === 'note')).toBe(true);
  });
});
