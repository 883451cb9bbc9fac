import {
  KOMMO_ACCOUNT_ID,
  KOMMO_SUBDOMAIN,
  PIPELINE_IDS,
  STATUS_IDS,
  startKommoSimulator,
  type KommoSimulator,
} from '../../../src/demo/kommo';
import { closeSimulators } from '../../helpers/armed-faults';
import { embedded, get } from './kommo-helpers';
import { send } from './kommo-write-client';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

let sim: KommoSimulator;
let receiver: WebhookReceiver;
beforeEach(async () => {
  sim = await startKommoSimulator({ rateLimitRps: 100_000, webhooks: { retryDelaysMs: [0, 0] } });
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await closeSimulators({ Kommo: sim });
  await receiver.close();
});

const hook = (path: string, settings: string[], sort?: number) =>
  send(sim, 'POST', '/api/v4/webhooks', { destination: `${receiver.url}${path}`, settings, ...(sort ? { sort } : {}) });

/** A lead of the sales pipeline that is not in `statusId` yet. */
function salesLead(statusId: number): Record<string, unknown> {
  const lead = sim.store.leads.find((l) => l['pipeline_id'] === PIPELINE_IDS.sales && l['status_id'] !== statusId);
  if (lead === undefined) throw new Error('no sales lead in the seed');
  return lead;
}

describe('/api/v4/webhooks', () => {
  it('subscribes (201, the hook), lists, filters by destination, replaces settings on a repeat, and unsubscribes', async () => {
    const created = await hook('/a', ['status_lead', 'add_lead']);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: 1,
      destination: `${receiver.url}/a`,
      created_at: expect.any(Number) as number,
      updated_at: expect.any(Number) as number,
      account_id: KOMMO_ACCOUNT_ID,
      created_by: expect.any(Number) as number,
      sort: 1,
      disabled: false,
      settings: ['status_lead', 'add_lead'],
    });
    await hook('/b', ['add_contact']);
    expect((await hook('/a', ['update_lead'])).body).toMatchObject({ id: 1, settings: ['update_lead'] });

    const all = await get(sim, '/api/v4/webhooks');
    expect(all.body).toMatchObject({ _total_items: 2 });
    expect(embedded(all, 'webhooks').map((h) => [h.id, h.settings])).toEqual([
      [1, ['update_lead']],
      [2, ['add_contact']],
    ]);
    const one = await get(sim, `/api/v4/webhooks?filter[destination]=${encodeURIComponent(`${receiver.url}/b`)}`);
    expect(embedded(one, 'webhooks').map((h) => h.id)).toEqual([2]);

    expect((await send(sim, 'DELETE', '/api/v4/webhooks', { destination: `${receiver.url}/a` })).status).toBe(204);
    expect((await send(sim, 'DELETE', '/api/v4/webhooks', { destination: `${receiver.url}/a` })).status).toBe(404);
    expect(embedded(await get(sim, '/api/v4/webhooks'), 'webhooks').map((h) => h.id)).toEqual([2]);
  });

  it.each([
    [{ settings: ['add_lead'] }, 'destination', 'NotBlank'],
    [{ destination: 'not a url', settings: ['add_lead'] }, 'destination', 'InvalidUrl'],
    [{ destination: 'https://x.example/h', settings: [] }, 'settings', 'NotBlank'],
    [{ destination: 'https://x.example/h', settings: ['add_lead', 'lead_moved'] }, 'settings.1', 'NotSupportedChoice'],
  ])('refuses %j with a validation error on %s and stores nothing', async (body, path, code) => {
    const reply = await send(sim, 'POST', '/api/v4/webhooks', body);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      'validation-errors': [{ request_id: '0', errors: [{ path, code }] }],
      title: 'Bad Request',
    });
    expect(embedded(await get(sim, '/api/v4/webhooks'), 'webhooks')).toEqual([]);
  });
});

describe('deliveries', () => {
  it('a lead status change POSTs the form-encoded status hook after the answer, and logs lead_status_changed first', async () => {
    await hook('/kommo', ['status_lead']);
    const lead = salesLead(STATUS_IDS.salesProposal);
    const oldStatusId = lead['status_id'];
    const written = await send(sim, 'PATCH', `/api/v4/leads/${String(lead['id'])}`, {
      status_id: STATUS_IDS.salesProposal,
    });
    expect(written.status).toBe(200);
    await sim.webhooks.idle();

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery?.path).toBe('/kommo');
    expect(delivery?.contentType).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(delivery?.body));
    expect(form).toEqual({
      'leads[status][0][id]': String(lead['id']),
      'leads[status][0][name]': lead['name'],
      'leads[status][0][status_id]': String(STATUS_IDS.salesProposal),
      'leads[status][0][pipeline_id]': String(PIPELINE_IDS.sales),
      'leads[status][0][price]': String(lead['price']),
      'leads[status][0][old_status_id]': String(oldStatusId),
      'leads[status][0][old_pipeline_id]': String(PIPELINE_IDS.sales),
      'leads[status][0][responsible_user_id]': String(lead['responsible_user_id']),
      'leads[status][0][date_create]': String(lead['created_at']),
      'leads[status][0][last_modified]': String(lead['updated_at']),
      'leads[status][0][created_user_id]': String(lead['created_by']),
      'leads[status][0][modified_user_id]': String(lead['updated_by']),
      'leads[status][0][account_id]': String(KOMMO_ACCOUNT_ID),
      'leads[status][0][created_at]': String(lead['created_at']),
      'leads[status][0][updated_at]': String(lead['updated_at']),
      'account[subdomain]': KOMMO_SUBDOMAIN,
      'account[id]': String(KOMMO_ACCOUNT_ID),
      'account[_links][self]': `https://${KOMMO_SUBDOMAIN}.kommo.com`,
    });

    const events = await get(
      sim,
      `/api/v4/events?filter[entity]=lead&filter[entity_id]=${String(lead['id'])}&filter[type]=lead_status_changed`,
    );
    expect(embedded(events, 'events')[0]).toMatchObject({
      type: 'lead_status_changed',
      entity_id: lead['id'],
      created_at: lead['updated_at'],
      value_after: [{ lead_status: { id: STATUS_IDS.salesProposal, pipeline_id: PIPELINE_IDS.sales } }],
    });
  });

  it('sends each hook only the changes its settings name, in sort order; contacts and companies share contacts[…]', async () => {
    await hook('/companies', ['add_company'], 5);
    await hook('/leads', ['add_lead', 'update_lead'], 2);
    await send(sim, 'POST', '/api/v4/companies', [{ name: 'Acme' }]);
    await send(sim, 'POST', '/api/v4/contacts', [{ name: 'Nobody subscribed' }]);
    await send(sim, 'POST', '/api/v4/leads', [{ name: 'A' }, { name: 'B' }]);
    await sim.webhooks.idle();

    expect(receiver.received.map((r) => r.path)).toEqual(['/companies', '/leads']);
    const company = new URLSearchParams(receiver.received[0]?.body);
    expect([company.get('contacts[add][0][name]'), company.get('contacts[add][0][type]')]).toEqual(['Acme', 'company']);
    const leads = new URLSearchParams(receiver.received[1]?.body);
    expect([leads.get('leads[add][0][name]'), leads.get('leads[add][1][name]')]).toEqual(['A', 'B']);
  });

  it('retries a non-2xx delivery with the same body, boundedly, and logs every try', async () => {
    await hook('/flaky', ['add_task']);
    receiver.answers.push(500, 503, 500);
    const lead = salesLead(0);
    await send(sim, 'POST', '/api/v4/tasks', [
      { text: 'Call back', complete_till: 4_102_444_800, entity_type: 'leads', entity_id: lead['id'] },
    ]);
    await sim.webhooks.idle();

    expect(sim.webhooks.deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 500],
    ]);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(new URLSearchParams(receiver.received[0]?.body).get('task[add][0][element_type]')).toBe('2');
  });

  it('a refused write sends nothing', async () => {
    await hook('/kommo', ['update_lead', 'status_lead']);
    const lead = salesLead(999);
    const refused = await send(sim, 'PATCH', `/api/v4/leads/${String(lead['id'])}`, { status_id: 999 });
    expect(refused.status).toBe(400);
    await sim.webhooks.idle();
    expect(receiver.received).toEqual([]);
    expect(sim.webhooks.deliveries).toEqual([]);
  });
});

describe('a hook that keeps failing', () => {
  it('is disabled after the configured number of failed deliveries', async () => {
    await sim.close();
    sim = await startKommoSimulator({
      rateLimitRps: 100_000,
      webhooks: { retryDelaysMs: [], disableAfterFailures: 2 },
    });
    await hook('/down', ['add_lead']);
    receiver.answers.push(500, 500);
    await send(sim, 'POST', '/api/v4/leads', [{ name: 'A' }]);
    await send(sim, 'POST', '/api/v4/leads', [{ name: 'B' }]);
    await send(sim, 'POST', '/api/v4/leads', [{ name: 'C' }]);
    await sim.webhooks.idle();

    expect(receiver.received).toHaveLength(2);
    expect(embedded(await get(sim, '/api/v4/webhooks'), 'webhooks')[0]).toMatchObject({ disabled: true });
  });
});
