import {
  CUSTOM_FIELD_IDS,
  KOMMO_NOW,
  PIPELINE_IDS,
  STATUS_IDS,
  TASK_TYPE_IDS,
  USER_IDS,
  startKommoSimulator,
  type KommoRecord,
  type KommoSimulator,
} from '../../../src/demo/kommo';
import { ENUM_IDS } from '../../../src/demo/kommo/seed/custom-fields';
import { LEAD_TAG_FIRST_ID } from '../../../src/demo/kommo/seed/leads';
import { closeSimulators } from '../../helpers/armed-faults';
import { get } from './kommo-helpers';
import { NOT_A_CHOICE, NOT_BLANK, send, validationBody } from './kommo-write-client';

let sim: KommoSimulator;
beforeEach(async () => {
  sim = await startKommoSimulator({ rateLimitRps: 100_000 });
});
afterEach(() => closeSimulators({ Kommo: sim }));

const byId = (rows: readonly KommoRecord[], id: unknown) => rows.find((row) => row.id === id);
const lastId = (rows: readonly KommoRecord[]) => rows[rows.length - 1]?.id;

describe('POST /api/v4/{entity}', () => {
  it('creates leads with Kommo defaults and answers ids with request_id (index, or the client value)', async () => {
    const before = sim.store.leads.length;
    const reply = await send(sim, 'POST', '/api/v4/leads', [
      { name: 'A' },
      { name: 'B', price: 900, request_id: 'mine' },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/hal+json');
    const [a, b] = sim.store.leads.slice(before);
    expect(reply.body).toEqual({
      _links: { self: { href: `${sim.url}/api/v4/leads` } },
      _embedded: {
        leads: [
          { id: a?.id, request_id: '0', _links: { self: { href: `${sim.url}/api/v4/leads/${String(a?.id)}` } } },
          { id: b?.id, request_id: 'mine', _links: { self: { href: `${sim.url}/api/v4/leads/${String(b?.id)}` } } },
        ],
      },
    });
    expect(b).toMatchObject({
      name: 'B',
      price: 900,
      pipeline_id: PIPELINE_IDS.sales,
      status_id: STATUS_IDS.salesFirstContact,
      responsible_user_id: USER_IDS.ana,
      created_by: USER_IDS.ana,
      closed_at: null,
      is_deleted: false,
      custom_fields_values: null,
      _embedded: { tags: [], companies: [], contacts: [] },
    });
    expect(Number(b?.created_at)).toBeGreaterThanOrEqual(KOMMO_NOW);
    expect(Number(b?.id)).toBe(Number(a?.id) + 1);
  });

  it('links contacts and a company to a new lead on both sides', async () => {
    const [c1, c2] = sim.store.contacts;
    const company = sim.store.companies[0];
    const reply = await send(sim, 'POST', '/api/v4/leads', [
      {
        name: 'Linked',
        _embedded: { contacts: [{ id: c1?.id }, { id: c2?.id, is_main: true }], companies: [{ id: company?.id }] },
      },
    ]);
    expect(reply.status).toBe(200);
    const lead = sim.store.leads[sim.store.leads.length - 1];
    expect(lead?._embedded).toEqual({
      tags: [],
      companies: [{ id: company?.id }],
      contacts: [
        { id: c1?.id, is_main: false },
        { id: c2?.id, is_main: true },
      ],
    });
    expect((c1?._embedded as { leads: unknown[] }).leads).toContainEqual({ id: lead?.id });
    expect((company?._embedded as { leads: unknown[] }).leads).toContainEqual({ id: lead?.id });
    const read = await get(sim, `/api/v4/contacts/${String(c2?.id)}?with=leads`);
    expect((read.body as { _embedded: { leads: Array<{ id: unknown }> } })._embedded.leads.map((l) => l.id)).toContain(
      lead?.id,
    );
  });

  it('stores typed custom field values by field_id or field_code', async () => {
    sim.store.customFields.leads.push(
      { id: 880_090, name: 'Signed', type: 'checkbox', code: null, enums: null },
      { id: 880_091, name: 'Deadline', type: 'date', code: 'DEADLINE', enums: null },
    );
    const reply = await send(sim, 'POST', '/api/v4/leads', [
      {
        name: 'Fields',
        custom_fields_values: [
          { field_id: CUSTOM_FIELD_IDS.leadSource, values: [{ value: 'Referral' }] },
          { field_id: CUSTOM_FIELD_IDS.leadBudget, values: [{ value: '1500.5' }] },
          { field_id: 880_090, values: [{ value: true }] },
          { field_code: 'DEADLINE', values: [{ value: '2026-06-01T00:00:00Z' }] },
        ],
      },
    ]);
    expect(reply.status).toBe(200);
    expect(sim.store.leads[sim.store.leads.length - 1]?.custom_fields_values).toEqual([
      {
        field_id: CUSTOM_FIELD_IDS.leadSource,
        field_name: 'Source',
        field_code: null,
        field_type: 'select',
        values: [{ value: 'Referral', enum_id: ENUM_IDS.source.referral }],
      },
      {
        field_id: CUSTOM_FIELD_IDS.leadBudget,
        field_name: 'Budget',
        field_code: null,
        field_type: 'numeric',
        values: [{ value: '1500.5' }],
      },
      { field_id: 880_090, field_name: 'Signed', field_code: null, field_type: 'checkbox', values: [{ value: true }] },
      {
        field_id: 880_091,
        field_name: 'Deadline',
        field_code: 'DEADLINE',
        field_type: 'date',
        values: [{ value: 1_780_272_000 }],
      },
    ]);
    await send(sim, 'POST', '/api/v4/contacts', [
      {
        first_name: 'Rita',
        last_name: 'Lee',
        custom_fields_values: [
          {
            field_code: 'PHONE',
            values: [{ value: '+55 11 5555-0000', enum_code: 'MOB' }, { value: '+55 11 5555-0001' }],
          },
        ],
      },
    ]);
    expect(sim.store.contacts[sim.store.contacts.length - 1]).toMatchObject({
      name: 'Rita Lee',
      first_name: 'Rita',
      last_name: 'Lee',
      custom_fields_values: [
        {
          field_id: CUSTOM_FIELD_IDS.contactPhone,
          field_code: 'PHONE',
          field_type: 'multitext',
          values: [
            { value: '+55 11 5555-0000', enum_id: ENUM_IDS.contactPhone.MOB, enum_code: 'MOB' },
            { value: '+55 11 5555-0001', enum_id: ENUM_IDS.contactPhone.WORK, enum_code: 'WORK' },
          ],
        },
      ],
    });
  });

  it('adds tags by name (a new name gets the next id) or id', async () => {
    await send(sim, 'POST', '/api/v4/leads', [
      { name: 'Tagged', tags_to_add: [{ id: LEAD_TAG_FIRST_ID }, { name: 'brand-new' }] },
    ]);
    const tags = (
      sim.store.leads[sim.store.leads.length - 1]?._embedded as { tags: Array<{ id: number; name: string }> }
    ).tags;
    expect(tags.map((tag) => tag.name)).toEqual(['vip', 'brand-new']);
    expect(tags[1]?.id).toBe(LEAD_TAG_FIRST_ID + 6);
  });

  it('answers 400 validation-errors per request_id and stores nothing of the batch', async () => {
    const leads = sim.store.leads.length;
    const reply = await send(sim, 'POST', '/api/v4/leads', [
      { name: 'fine' },
      {
        name: ' ',
        status_id: 999,
        responsible_user_id: 1,
        custom_fields_values: [{ field_id: 1, values: [{ value: 'x' }] }],
      },
      {
        name: 'x',
        pipeline_id: PIPELINE_IDS.partners,
        status_id: STATUS_IDS.salesProposal,
        _embedded: { contacts: [{ id: 5 }] },
        tags_to_add: [{ id: 1 }],
      },
    ]);
    expect(reply.status).toBe(400);
    expect(reply.contentType).toBe('application/problem+json');
    expect(reply.body).toEqual(
      validationBody([
        {
          request_id: '1',
          errors: [
            { code: 'NotBlank', path: 'name', detail: NOT_BLANK },
            { code: 'NotSupportedChoice', path: 'status_id', detail: NOT_A_CHOICE },
            { code: 'NotSupportedChoice', path: 'custom_fields_values.0.field_id', detail: NOT_A_CHOICE },
            { code: 'NotSupportedChoice', path: 'responsible_user_id', detail: NOT_A_CHOICE },
          ],
        },
        {
          request_id: '2',
          errors: [
            { code: 'NotSupportedChoice', path: 'status_id', detail: NOT_A_CHOICE },
            { code: 'NotSupportedChoice', path: '_embedded.contacts.0.id', detail: NOT_A_CHOICE },
            { code: 'NotSupportedChoice', path: 'tags_to_add.0.id', detail: NOT_A_CHOICE },
          ],
        },
      ]),
    );
    expect(sim.store.leads.length).toBe(leads);
  });

  it('refuses wrongly typed custom field values', async () => {
    const reply = await send(sim, 'POST', '/api/v4/leads', [
      {
        name: 'x',
        custom_fields_values: [
          { field_id: CUSTOM_FIELD_IDS.leadBudget, values: [{ value: 'lots' }] },
          { field_id: CUSTOM_FIELD_IDS.leadSource, values: [{ enum_id: 1 }] },
          { field_id: CUSTOM_FIELD_IDS.leadProduct, values: [{ value: 'a' }, { value: 'b' }] },
        ],
      },
    ]);
    expect(reply.body).toEqual(
      validationBody([
        {
          request_id: '0',
          errors: [
            {
              code: 'InvalidType',
              path: 'custom_fields_values.0.values.0.value',
              detail: 'This value should be of type numeric string.',
            },
            { code: 'NotSupportedChoice', path: 'custom_fields_values.1.values.0.enum_id', detail: NOT_A_CHOICE },
            {
              code: 'Count',
              path: 'custom_fields_values.2.values',
              detail: 'This collection should contain 1 element or less.',
            },
          ],
        },
      ]),
    );
  });

  it('answers 422 "Limit 250 per page" over 250 items and 400 for an empty batch', async () => {
    const many = Array.from({ length: 251 }, (_, i) => ({ name: `L${i}` }));
    expect(await send(sim, 'POST', '/api/v4/leads', many)).toMatchObject({
      status: 422,
      body: {
        title: 'Unprocessable Entity',
        type: 'https://httpstatus.es/422',
        status: 422,
        detail: 'Limit 250 per page',
      },
    });
    expect(await send(sim, 'POST', '/api/v4/contacts', [])).toMatchObject({
      status: 400,
      body: { detail: 'Request data can not be empty' },
    });
    expect(await send(sim, 'POST', '/api/v4/contacts', '')).toMatchObject({
      status: 400,
      body: { detail: 'Request data can not be empty' },
    });
    expect((await send(sim, 'POST', '/api/v4/leads', many.slice(0, 250))).status).toBe(200);
  });

  it('requires text and complete_till on tasks and an existing entity', async () => {
    const reply = await send(sim, 'POST', '/api/v4/tasks', [
      { entity_type: 'leads', entity_id: 1 },
      { text: 'ok', complete_till: KOMMO_NOW, entity_id: 3 },
    ]);
    expect(reply.body).toEqual(
      validationBody([
        {
          request_id: '0',
          errors: [
            { code: 'NotBlank', path: 'text', detail: NOT_BLANK },
            { code: 'NotBlank', path: 'complete_till', detail: NOT_BLANK },
            { code: 'NotSupportedChoice', path: 'entity_id', detail: NOT_A_CHOICE },
          ],
        },
        { request_id: '1', errors: [{ code: 'NotBlank', path: 'entity_type', detail: NOT_BLANK }] },
      ]),
    );
  });
});

describe('PATCH /api/v4/{entity}[/{id}]', () => {
  it('updates a batch (tasks echo request_id) and one record (a single object back)', async () => {
    const [t1, t2] = sim.store.tasks;
    const batch = await send(sim, 'PATCH', '/api/v4/tasks', [
      { id: t1?.id, text: 'Call again' },
      { id: t2?.id, duration: 60 },
    ]);
    expect(batch.body).toEqual({
      _links: { self: { href: `${sim.url}/api/v4/tasks` } },
      _embedded: {
        tasks: [
          {
            id: t1?.id,
            updated_at: t1?.updated_at,
            request_id: '0',
            _links: { self: { href: `${sim.url}/api/v4/tasks/${String(t1?.id)}` } },
          },
          {
            id: t2?.id,
            updated_at: t2?.updated_at,
            request_id: '1',
            _links: { self: { href: `${sim.url}/api/v4/tasks/${String(t2?.id)}` } },
          },
        ],
      },
    });
    expect(t1).toMatchObject({ text: 'Call again', updated_by: USER_IDS.ana });
    const lead = sim.store.leads[0];
    const one = await send(sim, 'PATCH', `/api/v4/leads/${String(lead?.id)}`, {
      status_id: STATUS_IDS.won,
      tags_to_delete: [{ name: 'vip' }],
    });
    expect(one.body).toEqual({
      id: lead?.id,
      updated_at: lead?.updated_at,
      _links: { self: { href: `${sim.url}/api/v4/leads/${String(lead?.id)}` } },
    });
    expect(Number(lead?.updated_at)).toBeGreaterThanOrEqual(KOMMO_NOW);
    expect(lead).toMatchObject({ status_id: STATUS_IDS.won, closed_at: lead?.updated_at });
    expect((lead?._embedded as { tags: Array<{ name: string }> }).tags.map((tag) => tag.name)).not.toContain('vip');
  });

  it('completes a task with a result and moves the closest task date of its lead', async () => {
    const lead = sim.store.leads[5];
    await send(sim, 'POST', '/api/v4/tasks', [
      {
        text: 'Call',
        complete_till: KOMMO_NOW + 86_400,
        entity_type: 'leads',
        entity_id: lead?.id,
        task_type_id: TASK_TYPE_IDS.followUp,
      },
    ]);
    const taskId = lastId(sim.store.tasks);
    expect(lead?.closest_task_at).toBe(KOMMO_NOW + 86_400);
    await send(sim, 'PATCH', `/api/v4/tasks/${String(taskId)}`, {
      is_completed: true,
      result: { text: 'Done, sent proposal' },
    });
    expect(byId(sim.store.tasks, taskId)).toMatchObject({
      is_completed: true,
      result: { text: 'Done, sent proposal' },
    });
    expect(lead?.closest_task_at).not.toBe(KOMMO_NOW + 86_400);
  });

  it('rejects an unknown id, and a blank name on update', async () => {
    const reply = await send(sim, 'PATCH', '/api/v4/companies', [
      { id: 1, name: 'x' },
      { id: sim.store.companies[0]?.id, name: '' },
    ]);
    expect(reply.body).toEqual(
      validationBody([
        { request_id: '0', errors: [{ code: 'NotFound', path: 'id', detail: 'Entity not found.' }] },
        { request_id: '1', errors: [{ code: 'NotBlank', path: 'name', detail: NOT_BLANK }] },
      ]),
    );
    expect((await send(sim, 'PATCH', '/api/v4/leads/1', { name: 'x' })).body).toEqual(
      validationBody([{ request_id: '0', errors: [{ code: 'NotFound', path: 'id', detail: 'Entity not found.' }] }]),
    );
  });
});
