import {
  CUSTOM_FIELD_IDS,
  PIPELINE_IDS,
  STATUS_IDS,
  TASK_TYPE_IDS,
  USER_IDS,
  createKommoSeed,
  startKommoSimulator,
  type KommoSimulator,
} from '../../../src/demo/kommo';
import { closeSimulators } from '../../helpers/armed-faults';
import { embedded, get, ids, type Json } from './kommo-helpers';

const seed = createKommoSeed(42);
let sim: KommoSimulator;

beforeAll(async () => {
  sim = await startKommoSimulator({ rateLimitRps: 100_000 });
});

afterAll(async () => {
  await closeSimulators({ Kommo: sim });
});

describe('reference data', () => {
  it('serves users and custom fields with totals', async () => {
    const users = await get(sim, '/api/v4/users');
    expect(users.body).toMatchObject({ _total_items: seed.users.length, _page: 1, _page_count: 1 });
    expect(ids(users, 'users')).toEqual(Object.values(USER_IDS));
    expect((await get(sim, '/api/v4/users/1')).status).toBe(204);
    const fields = await get(sim, '/api/v4/contacts/custom_fields');
    expect(fields.body).toMatchObject({ _total_items: 3, _page: 1, _page_count: 1 });
    expect(Object.keys((fields.body as { _links: object })._links).sort()).toEqual(['last', 'self']);
    const phone = (await get(sim, `/api/v4/contacts/custom_fields/${CUSTOM_FIELD_IDS.contactPhone}`)).body as {
      code: string;
      enums: unknown[];
    };
    expect(phone.code).toBe('PHONE');
    expect(ids(await get(sim, '/api/v4/leads/custom_fields?filter[type][0]=select'), 'custom_fields')).toEqual([
      CUSTOM_FIELD_IDS.leadSource,
    ]);
  });

  it('serves the tags of each entity type by id, exact name or text, in the HAL envelope; 204 when none match', async () => {
    const leadTags = new Map<number, Json>();
    for (const lead of sim.store.leads)
      for (const tag of (lead['_embedded'] as { tags?: Json[] }).tags ?? []) leadTags.set(Number(tag['id']), tag);
    const sorted = [...leadTags.values()].sort((a, b) => Number(a['id']) - Number(b['id']));
    const list = await get(sim, '/api/v4/leads/tags');
    expect(list.contentType).toContain('application/hal+json');
    expect(list.body).toEqual({
      _page: 1,
      _links: { self: { href: `${sim.url}/api/v4/leads/tags?limit=50&page=1` } },
      _embedded: { tags: sorted },
    });
    expect(
      embedded(await get(sim, '/api/v4/leads/tags?filter[id][]=30002&filter[id][]=30001&filter[id][]=99'), 'tags'),
    ).toEqual([leadTags.get(30001), leadTags.get(30002)]);
    expect(ids(await get(sim, '/api/v4/leads/tags?filter[name]=hot'), 'tags')).toEqual([30002]);
    expect(ids(await get(sim, '/api/v4/leads/tags?query=CAMP'), 'tags')).toEqual([30004]);
    expect((await get(sim, '/api/v4/leads/tags?filter[id][]=99')).status).toBe(204);
    expect((await get(sim, '/api/v4/leads/tags?filter[name]=Hot')).status).toBe(204);
    expect((await get(sim, '/api/v4/contacts/tags')).status).toBe(200);
  });

  it('serves pipelines with statuses, and statuses alone', async () => {
    const pipelines = await get(sim, '/api/v4/leads/pipelines');
    expect(pipelines.body).toMatchObject({ _total_items: 2 });
    const sales = embedded(pipelines, 'pipelines')[0] as {
      id: number;
      _embedded: { statuses: Array<{ id: number; type: number }> };
    };
    expect(sales.id).toBe(PIPELINE_IDS.sales);
    expect(sales._embedded.statuses.map((s) => s.id)).toEqual(
      expect.arrayContaining([STATUS_IDS.salesIncoming, 142, 143]),
    );
    expect(sales._embedded.statuses[0]?.type).toBe(1);
    const statuses = await get(sim, `/api/v4/leads/pipelines/${PIPELINE_IDS.partners}/statuses`);
    expect(ids(statuses, 'statuses')).toEqual([
      STATUS_IDS.partnersIncoming,
      STATUS_IDS.partnersOnboarding,
      STATUS_IDS.partnersActive,
      142,
      143,
    ]);
    expect((await get(sim, `/api/v4/leads/pipelines/${PIPELINE_IDS.partners}/statuses/142`)).body).toMatchObject({
      id: 142,
      pipeline_id: PIPELINE_IDS.partners,
    });
    expect((await get(sim, '/api/v4/leads/pipelines/1')).status).toBe(204);
  });

  it('serves the account with task types, and loss reasons (404 when missing)', async () => {
    const plain = (await get(sim, '/api/v4/account')).body as Record<string, unknown>;
    expect(plain._embedded).toBeUndefined();
    const account = (await get(sim, '/api/v4/account?with=task_types,users_groups,amojo_id')).body as {
      amojo_id: string;
      _embedded: { task_types: Array<{ id: number; code: string | null }> };
    };
    expect(account._embedded.task_types.map((t) => [t.id, t.code])).toEqual([
      [1, 'FOLLOW_UP'],
      [2, 'MEETING'],
      [TASK_TYPE_IDS.sendProposal, null],
    ]);
    expect(typeof account.amojo_id).toBe('string');
    expect((await get(sim, '/api/v4/leads/loss_reasons')).body).toMatchObject({
      _total_items: seed.lossReasons.length,
    });
    const missing = await get(sim, '/api/v4/leads/loss_reasons/1');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, detail: 'Loss reason not found' });
  });
});
