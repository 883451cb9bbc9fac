import {
  CUSTOM_FIELD_IDS,
  PIPELINE_IDS,
  STATUS_IDS,
  USER_IDS,
  createKommoSeed,
  perFieldEventKey,
  startKommoSimulator,
  type KommoSimulator,
} from '../../../src/demo/kommo';
import { closeSimulators } from '../../helpers/armed-faults';
import { all, embedded, get, type Json } from './kommo-helpers';

const seed = createKommoSeed(42);
let sim: KommoSimulator;

beforeAll(async () => {
  sim = await startKommoSimulator({ rateLimitRps: 100_000 });
});

afterAll(async () => {
  await closeSimulators({ Kommo: sim });
});

/** Every key of the Kommo event type list (seed 000), the per-field one spelled with a real field id. */
const SEED_000_KEYS = [
  'lead_added',
  'lead_deleted',
  'lead_restored',
  'lead_status_changed',
  'lead_linked',
  'lead_unlinked',
  'contact_added',
  'contact_deleted',
  'contact_restored',
  'contact_linked',
  'contact_unlinked',
  'company_added',
  'company_deleted',
  'company_restored',
  'company_linked',
  'company_unlinked',
  'task_added',
  'task_deleted',
  'task_completed',
  'task_type_changed',
  'task_text_changed',
  'task_deadline_changed',
  'task_result_added',
  'incoming_call',
  'outgoing_call',
  'incoming_mail',
  'outgoing_mail',
  'incoming_chat_message',
  'outgoing_chat_message',
  'entity_direct_message',
  'incoming_sms',
  'outgoing_sms',
  'entity_tag_added',
  'entity_tag_deleted',
  'entity_linked',
  'entity_unlinked',
  'sale_field_changed',
  'name_field_changed',
  'ltv_field_changed',
  'custom_field_value_changed',
  'entity_responsible_changed',
  'robot_replied',
  'intent_identified',
  'nps_rate_added',
  'link_followed',
  'common_note_added',
  'common_note_deleted',
  'attachment_note_added',
  'targeting_in_note_added',
  'targeting_out_note_added',
  'geo_note_added',
  'service_note_added',
  'site_visit_note_added',
  'entity_merged',
  'video_opened',
  'video_closed',
  'picture_opened',
  'picture_closed',
  'zoom_conference',
  'key_action_completed',
  'ai_result',
  'talk_created',
  'talk_closed',
  'conversation_answered',
  'meta_chat_subscription_added',
  'meta_chat_subscription_removed',
  'talk_missed_event',
  'page_mention',
  'dropbox_attachment',
  perFieldEventKey(CUSTOM_FIELD_IDS.leadSource),
  'message_to_cashier_note_added',
  'transaction_added',
];

const eventIds = (events: Json[]) => events.map((event) => event.id);

describe('events list', () => {
  it('serves every event, newest first, with next on every page, then 204', async () => {
    const served = await all(sim, '/api/v4/events', 'events', 100);
    expect(eventIds(served)).toEqual(seed.events.map((event) => event.id));
    const lastPage = await get(sim, `/api/v4/events?limit=100&page=${Math.ceil(seed.events.length / 100)}`);
    expect((lastPage.body as { _links: Record<string, unknown> })._links.next).toBeDefined();
    expect(served.every((e, i) => i === 0 || (served[i - 1]?.created_at as number) >= (e.created_at as number))).toBe(
      true,
    );
  });

  it('covers every seed-000 event type key (and the amoCRM extras)', async () => {
    const served = new Set((await all(sim, '/api/v4/events', 'events', 100)).map((event) => event.type));
    expect(SEED_000_KEYS.filter((key) => !served.has(key))).toEqual([]);
  });

  it('serves an event with its links and ULID-like string id; 204 for a missing id', async () => {
    const event = seed.events.find((e) => e.entity_type === 'lead' && seed.leads.some((l) => l.id === e.entity_id));
    if (!event) throw new Error('no lead event');
    const lead = seed.leads.find((l) => l.id === event.entity_id);
    const reply = await get(sim, `/api/v4/events/${event.id}?with=lead_name`);
    expect(reply.body).toEqual({
      ...event,
      _links: { self: { href: `${sim.url}/api/v4/events/${event.id}` } },
      _embedded: {
        entity: {
          id: event.entity_id,
          _links: { self: { href: `${sim.url}/api/v4/leads/${event.entity_id}` } },
          name: lead?.name,
        },
      },
    });
    expect(event.id).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
    expect((await get(sim, '/api/v4/events/01aaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(204);
  });

  it('caps limit at eventsPageLimit (default 100), configurable', async () => {
    expect(embedded(await get(sim, '/api/v4/events'), 'events')).toHaveLength(50);
    expect((await get(sim, '/api/v4/events?limit=100')).status).toBe(200);
    const over = await get(sim, '/api/v4/events?limit=101');
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({ status: 422, detail: 'Limit 100 per page' });
    const wide = await startKommoSimulator({ eventsPageLimit: 250 });
    try {
      expect(embedded(await get(wide, '/api/v4/events?limit=250'), 'events')).toHaveLength(250);
    } finally {
      await closeSimulators({ Kommo: wide });
    }
  });

  it('serves records pushed into the store, malformed ones included', async () => {
    const local = await startKommoSimulator();
    try {
      local.store.events.push({
        id: 'zz-malformed',
        type: 'mystery_event',
        entity_type: 'lead',
        entity_id: 'x',
        created_at: 1_900_000_000,
        value_after: 'oops',
      });
      const first = embedded(await get(local, '/api/v4/events?limit=1'), 'events')[0];
      expect(first).toEqual({
        id: 'zz-malformed',
        type: 'mystery_event',
        entity_type: 'lead',
        entity_id: 'x',
        created_at: 1_900_000_000,
        value_after: 'oops',
        _links: { self: { href: `${local.url}/api/v4/events/zz-malformed` } },
      });
    } finally {
      await closeSimulators({ Kommo: local });
    }
  });
});

describe('events filters', () => {
  const query = async (q: string) => eventIds(await all(sim, `/api/v4/events?${q}`, 'events', 100));
  const expectIds = (predicate: (e: (typeof seed.events)[number]) => boolean) =>
    seed.events.filter(predicate).map((e) => e.id);

  it('filters by type, entity and entity_id in any array syntax', async () => {
    expect(await query('filter[type]=lead_added,lead_deleted')).toEqual(
      expectIds((e) => e.type === 'lead_added' || e.type === 'lead_deleted'),
    );
    expect(await query('filter[type][]=lead_added&filter[type][]=lead_deleted')).toEqual(
      await query('filter[type][0]=lead_added&filter[type][1]=lead_deleted'),
    );
    expect(await query('filter[entity]=contact,company')).toEqual(
      expectIds((e) => e.entity_type === 'contact' || e.entity_type === 'company'),
    );
    const leadId = seed.events.find((e) => e.entity_type === 'lead')?.entity_id;
    expect(await query(`filter[entity]=lead&filter[entity_id]=${leadId}`)).toEqual(
      expectIds((e) => e.entity_type === 'lead' && e.entity_id === leadId),
    );
    expect(await query(`filter[created_by]=0`)).toEqual(expectIds((e) => e.created_by === 0));
    const [firstId, secondId] = seed.events.map((e) => e.id);
    expect(await query(`filter[id]=${secondId},${firstId}`)).toEqual([firstId, secondId]);
  });

  it('filters created_at: a bare timestamp is "from", [from]/[to] are inclusive', async () => {
    const pivot = seed.events[100]?.created_at ?? 0;
    expect(await query(`filter[created_at]=${pivot}`)).toEqual(expectIds((e) => e.created_at >= pivot));
    const to = seed.events[50]?.created_at ?? 0;
    expect(await query(`filter[created_at][from]=${pivot}&filter[created_at][to]=${to}`)).toEqual(
      expectIds((e) => e.created_at >= pivot && e.created_at <= to),
    );
  });

  it('filters by value_after / value_before payloads', async () => {
    const status = `filter[value_after][leads_statuses][0][pipeline_id]=${PIPELINE_IDS.sales}&filter[value_after][leads_statuses][0][status_id]=${STATUS_IDS.won}`;
    const won = expectIds((e) =>
      e.value_after.some(
        (v) => JSON.stringify(v) === JSON.stringify({ lead_status: { id: 142, pipeline_id: PIPELINE_IDS.sales } }),
      ),
    );
    expect(won.length).toBeGreaterThan(0);
    expect(await query(`filter[type]=lead_status_changed&${status}`)).toEqual(won);

    const responsible = await query(`filter[value_before][responsible_user_id]=${USER_IDS.bruno},${USER_IDS.carla}`);
    const before = expectIds((e) =>
      e.value_before.some((v) =>
        ([USER_IDS.bruno, USER_IDS.carla] as number[]).includes(
          (v.responsible_user as { id: number } | undefined)?.id ?? -1,
        ),
      ),
    );
    expect(responsible).toEqual(before);

    const sale = seed.events.find((e) => e.type === 'sale_field_changed');
    const amount = (sale?.value_after[0]?.sale_field_value as { sale: number }).sale;
    const sales = await query(
      `filter[type]=sale_field_changed&filter[entity]=lead&filter[value_after][value]=${amount}`,
    );
    expect(sales).toContain(sale?.id);
    expect(sales).toEqual(
      expectIds(
        (e) =>
          e.type === 'sale_field_changed' && (e.value_after[0]?.sale_field_value as { sale: number }).sale === amount,
      ),
    );

    const key = perFieldEventKey(CUSTOM_FIELD_IDS.leadSource);
    const sourced = seed.events.find((e) => e.type === key && e.value_after.length > 0);
    const enumId = (sourced?.value_after[0]?.custom_field_value as { enum_id: number }).enum_id;
    expect(await query(`filter[type]=${key}&filter[value_after][custom_field_values]=${enumId}`)).toContain(
      sourced?.id,
    );
  });

  it.each([
    ['entity_id without entity', 'filter[entity_id]=1'],
    ['entity_id with two entities', 'filter[entity]=lead,contact&filter[entity_id]=1'],
    ['more than 10 entity ids', 'filter[entity]=lead&filter[entity_id]=1,2,3,4,5,6,7,8,9,10,11'],
    ['more than 10 authors', 'filter[created_by]=1,2,3,4,5,6,7,8,9,10,11'],
    ['a per-field type with another type', `filter[type]=${perFieldEventKey(CUSTOM_FIELD_IDS.leadSource)},lead_added`],
    [
      'custom_field_values without a per-field type',
      'filter[type]=custom_field_value_changed&filter[value_after][custom_field_values]=1',
    ],
    ['value with a type that has no value', 'filter[type]=lead_added&filter[value_after][value]=1'],
  ])('answers 400 for %s', async (_name, q) => {
    const reply = await get(sim, `/api/v4/events?${q}`);
    expect(reply.status).toBe(400);
    expect(reply.contentType).toBe('application/problem+json');
    expect(reply.body).toMatchObject({ title: 'Bad Request', type: 'https://httpstatus.es/400', status: 400 });
  });

  it('answers 204 when no event matches', async () => {
    expect((await get(sim, '/api/v4/events?filter[type]=no_such_type')).status).toBe(204);
  });
});

describe('events types', () => {
  it('lists the fixed keys and one per-field key per custom field', async () => {
    const reply = await get(sim, '/api/v4/events/types?language_code=pt');
    const types = embedded(reply, 'events_types');
    expect(reply.body).toMatchObject({ _total_items: types.length });
    const keys = types.map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(SEED_000_KEYS));
    expect(types.find((t) => t.key === 'lead_added')).toEqual({ key: 'lead_added', type: 1, lang: 'Novo lead' });
    expect(types.find((t) => t.key === perFieldEventKey(CUSTOM_FIELD_IDS.contactPhone))?.type).toBe(24);
  });
});
