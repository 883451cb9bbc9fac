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
import { all, embedded, get, ids } from './kommo-helpers';

const seed = createKommoSeed(42);
let sim: KommoSimulator;

beforeAll(async () => {
  sim = await startKommoSimulator({ rateLimitRps: 100_000 });
});

afterAll(async () => {
  await closeSimulators({ Kommo: sim });
});

describe('auth and errors', () => {
  it('answers 401 problem+json without a token or with a wrong one', async () => {
    for (const token of [null, 'wrong']) {
      const reply = await get(sim, '/api/v4/leads', token);
      expect(reply.status).toBe(401);
      expect(reply.contentType).toBe('application/problem+json');
      expect(reply.body).toEqual({
        title: 'Unauthorized',
        type: 'https://httpstatus.es/401',
        status: 401,
        detail: 'Invalid user name or password',
      });
    }
  });

  it('answers 404 "Cannot GET <url>" for an unknown route, including an unknown note entity', async () => {
    for (const path of ['/api/v4/nothing?x=1', '/api/v4/deals/notes', '/api/v4/notes']) {
      const reply = await get(sim, path);
      expect(reply.status).toBe(404);
      expect(reply.contentType).toBe('application/problem+json');
      expect(reply.body).toEqual({
        title: 'Not Found',
        type: 'https://httpstatus.es/404',
        status: 404,
        detail: `Cannot GET ${sim.url}${path}`,
      });
    }
  });

  it('answers 422 when limit is over 250', async () => {
    const reply = await get(sim, '/api/v4/leads?limit=251');
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual({
      title: 'Unprocessable Entity',
      type: 'https://httpstatus.es/422',
      status: 422,
      detail: 'Limit 250 per page',
    });
    expect((await get(sim, '/api/v4/contacts?limit=250')).status).toBe(200);
  });
});

describe('HAL envelope and paging', () => {
  it('serves _page, absolute _links echoing the query, and hal+json', async () => {
    const first = await get(sim, '/api/v4/leads?limit=2&filter[pipeline_id]=' + PIPELINE_IDS.sales);
    expect(first.status).toBe(200);
    expect(first.contentType).toBe('application/hal+json');
    const body = first.body as { _page: number; _links: Record<string, { href: string }> };
    expect(body._page).toBe(1);
    const href = (page: number) =>
      `${sim.url}/api/v4/leads?limit=2&filter%5Bpipeline_id%5D=${PIPELINE_IDS.sales}&page=${page}`;
    expect(body._links).toEqual({ self: { href: href(1) }, next: { href: href(2) } });
    const second = (await get(sim, '/api/v4/leads?limit=2&page=2&filter[pipeline_id]=' + PIPELINE_IDS.sales))
      .body as typeof body;
    expect(Object.keys(second._links).sort()).toEqual(['first', 'next', 'prev', 'self']);
    expect(second._links.prev?.href).toContain('page=1');
  });

  it('links next on the last non-empty page and answers 204 with an empty body after it', async () => {
    const last = await get(sim, '/api/v4/leads?limit=250&page=2');
    expect(embedded(last, 'leads')).toHaveLength(seed.leads.length - 250);
    expect((last.body as { _links: Record<string, unknown> })._links.next).toBeDefined();
    const past = await get(sim, '/api/v4/leads?limit=250&page=3');
    expect(past.status).toBe(204);
    expect(past.text).toBe('');
  });

  it('answers 204 when nothing matches', async () => {
    const reply = await get(sim, '/api/v4/leads?filter[id]=1');
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
  });

  it('serves the whole seeded list page by page', async () => {
    expect((await all(sim, '/api/v4/contacts', 'contacts', 40)).map((c) => c.id)).toEqual(
      seed.contacts.map((c) => c.id),
    );
  });
});

describe('filter syntaxes', () => {
  const [a, b, c] = seed.leads.map((lead) => lead.id);
  it.each([
    ['brackets', `filter[id][]=${a}&filter[id][]=${b}&filter[id][]=${c}`],
    ['indexes', `filter[id][0]=${a}&filter[id][1]=${b}&filter[id][2]=${c}`],
    ['repeated key', `filter[id]=${a}&filter[id]=${b}&filter[id]=${c}`],
    ['comma list', `filter[id]=${a},${b},${c}`],
    ['encoded brackets', `filter%5Bid%5D%5B%5D=${a}&filter%5Bid%5D%5B%5D=${b},${c}`],
  ])('accepts filter[id] as %s', async (_name, query) => {
    expect(ids(await get(sim, `/api/v4/leads?${query}`), 'leads')).toEqual([a, b, c]);
  });
});

describe('leads, contacts, companies', () => {
  it('serves a lead by id with its links, and 204 for a missing id', async () => {
    const lead = seed.leads.find((item) => item._embedded.companies.length > 0 && item._embedded.contacts.length > 0);
    if (!lead) throw new Error('seed has no linked lead');
    const reply = await get(sim, `/api/v4/leads/${lead.id}`);
    const { _embedded: stored, ...fields } = lead;
    expect(reply.body).toEqual({
      ...fields,
      _links: { self: { href: `${sim.url}/api/v4/leads/${lead.id}` } },
      _embedded: {
        tags: stored.tags,
        companies: stored.companies.map((ref) => ({
          id: ref.id,
          _links: { self: { href: `${sim.url}/api/v4/companies/${ref.id}` } },
        })),
      },
    });
    const withContacts = (await get(sim, `/api/v4/leads/${lead.id}?with=contacts`)).body as {
      _embedded: { contacts: unknown[] };
    };
    expect(withContacts._embedded.contacts).toEqual(
      stored.contacts.map((ref) => ({
        id: ref.id,
        is_main: ref.is_main,
        _links: { self: { href: `${sim.url}/api/v4/contacts/${ref.id}` } },
      })),
    );
    expect((await get(sim, '/api/v4/leads/999')).status).toBe(204);
  });

  it('filters leads by statuses pairs, price range, dates and responsible user', async () => {
    const statuses = `filter[statuses][0][pipeline_id]=${PIPELINE_IDS.sales}&filter[statuses][0][status_id]=${STATUS_IDS.won}&filter[statuses][1][pipeline_id]=${PIPELINE_IDS.partners}&filter[statuses][1][status_id]=${STATUS_IDS.lost}`;
    const won = seed.leads.filter(
      (l) =>
        (l.pipeline_id === PIPELINE_IDS.sales && l.status_id === STATUS_IDS.won) ||
        (l.pipeline_id === PIPELINE_IDS.partners && l.status_id === STATUS_IDS.lost),
    );
    expect((await all(sim, `/api/v4/leads?${statuses}`, 'leads')).map((l) => l.id)).toEqual(won.map((l) => l.id));

    const priced = seed.leads.filter(
      (l) => l.price >= 10_000 && l.price <= 20_000 && l.responsible_user_id === USER_IDS.bruno,
    );
    const query = `filter[price][from]=10000&filter[price][to]=20000&filter[responsible_user_id][]=${USER_IDS.bruno}`;
    expect((await all(sim, `/api/v4/leads?${query}`, 'leads')).map((l) => l.id)).toEqual(priced.map((l) => l.id));

    const middle = seed.leads[150]?.created_at ?? 0;
    const after = seed.leads.filter((l) => l.created_at >= middle);
    expect((await all(sim, `/api/v4/leads?filter[created_at]=${middle}`, 'leads')).length).toBe(after.length);
    const closed = seed.leads.filter((l) => l.closed_at !== null && l.closed_at <= middle);
    expect((await all(sim, `/api/v4/leads?filter[closed_at][to]=${middle}`, 'leads')).length).toBe(closed.length);
  });

  it('filters by custom field values and searches with query', async () => {
    const referral = seed.leads.filter((l) =>
      l.custom_fields_values?.some(
        (v) => v.field_id === CUSTOM_FIELD_IDS.leadSource && v.values[0]?.value === 'Referral',
      ),
    );
    const byValue = await all(
      sim,
      `/api/v4/leads?filter[custom_fields_values][${CUSTOM_FIELD_IDS.leadSource}][]=Referral`,
      'leads',
    );
    expect(byValue.map((l) => l.id)).toEqual(referral.map((l) => l.id));

    const contact = seed.contacts.find((c) => c.custom_fields_values?.some((v) => v.field_code === 'PHONE'));
    const phone = String(contact?.custom_fields_values?.find((v) => v.field_code === 'PHONE')?.values[0]?.value);
    const digits = phone.replace(/\D/g, '');
    const found = ids(await get(sim, `/api/v4/contacts?query=${digits}`), 'contacts');
    expect(found).toContain(contact?.id);
    const byName = ids(
      await get(sim, `/api/v4/contacts?query=${encodeURIComponent(contact?.name.toUpperCase() ?? '')}`),
      'contacts',
    );
    expect(byName).toContain(contact?.id);
    expect((await get(sim, '/api/v4/leads?query=no-such-text-anywhere')).status).toBe(204);
  });

  it('orders by order[field]', async () => {
    const newest = [...seed.leads].sort((x, y) => y.updated_at - x.updated_at || x.id - y.id).slice(0, 5);
    expect(ids(await get(sim, '/api/v4/leads?limit=5&order[updated_at]=desc'), 'leads')).toEqual(
      newest.map((l) => l.id),
    );
  });

  it('serves links both ways with with=leads,contacts', async () => {
    const company = seed.companies.find(
      (item) => item._embedded.leads.length > 0 && item._embedded.contacts.length > 0,
    );
    if (!company) throw new Error('seed has no linked company');
    const served = (await get(sim, `/api/v4/companies/${company.id}?with=leads,contacts`)).body as {
      _embedded: Record<string, Array<{ id: number }>>;
    };
    expect(served._embedded.leads?.map((ref) => ref.id)).toEqual(company._embedded.leads.map((ref) => ref.id));
    expect(served._embedded.contacts?.map((ref) => ref.id)).toEqual(company._embedded.contacts.map((ref) => ref.id));
    const plain = (await get(sim, `/api/v4/companies/${company.id}`)).body as { _embedded: Record<string, unknown> };
    expect(Object.keys(plain._embedded)).toEqual(['tags']);
    const contactId = company._embedded.contacts[0]?.id;
    const contact = (await get(sim, `/api/v4/contacts/${contactId}?with=leads`)).body as {
      _embedded: { companies: Array<{ id: number }> };
    };
    expect(contact._embedded.companies.map((ref) => ref.id)).toEqual([company.id]);
  });

  it('embeds the loss reason with with=loss_reason', async () => {
    const lost = seed.leads.find((lead) => lead.loss_reason_id !== null);
    const served = (await get(sim, `/api/v4/leads/${lost?.id}?with=loss_reason`)).body as {
      _embedded: { loss_reason: Array<{ id: number; name: string }> };
    };
    expect(served._embedded.loss_reason.map((reason) => reason.id)).toEqual([lost?.loss_reason_id]);
  });
});

describe('tasks and notes', () => {
  it('filters tasks', async () => {
    const lead = seed.tasks.find((task) => task.entity_type === 'leads');
    const expected = seed.tasks.filter((t) => t.entity_type === 'leads' && t.entity_id === lead?.entity_id);
    expect(
      ids(await get(sim, `/api/v4/tasks?filter[entity_type]=leads&filter[entity_id][]=${lead?.entity_id}`), 'tasks'),
    ).toEqual(expected.map((t) => t.id));
    const open = seed.tasks.filter((t) => !t.is_completed && t.task_type_id === TASK_TYPE_IDS.meeting);
    expect(
      (
        await all(sim, `/api/v4/tasks?filter[is_completed]=0&filter[task_type][]=${TASK_TYPE_IDS.meeting}`, 'tasks')
      ).map((t) => t.id),
    ).toEqual(open.map((t) => t.id));
    expect((await all(sim, `/api/v4/tasks?filter[task_type_id]=${TASK_TYPE_IDS.meeting}`, 'tasks')).length).toBe(
      seed.tasks.filter((t) => t.task_type_id === TASK_TYPE_IDS.meeting).length,
    );
    const completed = seed.tasks.find((t) => t.is_completed && Array.isArray(t.result));
    expect(((await get(sim, `/api/v4/tasks/${completed?.id}`)).body as { result: unknown }).result).toEqual([]);
  });

  it('lists notes by type, by entity, and by id (404 when missing)', async () => {
    const calls = seed.notes.leads.filter((note) => note.note_type === 'call_in');
    expect((await all(sim, '/api/v4/leads/notes?filter[note_type]=call_in', 'notes')).map((n) => n.id)).toEqual(
      calls.map((n) => n.id),
    );
    const note = seed.notes.contacts[0];
    if (!note) throw new Error('no contact notes');
    const mine = seed.notes.contacts.filter((n) => n.entity_id === note.entity_id);
    expect(ids(await get(sim, `/api/v4/contacts/${note.entity_id}/notes`), 'notes')).toEqual(mine.map((n) => n.id));
    expect(ids(await get(sim, `/api/v4/contacts/notes?filter[entity_id]=${note.entity_id}`), 'notes')).toEqual(
      mine.map((n) => n.id),
    );
    const byId = await get(sim, `/api/v4/contacts/notes/${note.id}`);
    expect(byId.body).toEqual({
      ...note,
      _links: { self: { href: `${sim.url}/api/v4/contacts/${note.entity_id}/notes/${note.id}` } },
    });
    const missing = await get(sim, '/api/v4/contacts/notes/1');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toBe('application/problem+json');
  });
});

describe('determinism', () => {
  it('serves identical JSON from two simulators with the same seed', async () => {
    const twin = await startKommoSimulator({ rateLimitRps: 100_000 });
    const other = await startKommoSimulator({ rateLimitRps: 100_000, seed: 7 });
    try {
      const paths = [
        '/api/v4/events?limit=100&page=3&with=lead_name',
        '/api/v4/leads?limit=250&with=contacts',
        '/api/v4/tasks?limit=250',
        '/api/v4/leads/notes?limit=250',
      ];
      for (const path of paths) {
        const [x, y, z] = await Promise.all([get(sim, path), get(twin, path), get(other, path)]);
        expect(y.text.split(twin.url).join('ORIGIN')).toBe(x.text.split(sim.url).join('ORIGIN'));
        expect(z.text.split(other.url).join('ORIGIN')).not.toBe(x.text.split(sim.url).join('ORIGIN'));
      }
    } finally {
      await closeSimulators({ twin, other });
    }
  });
});
