import { CUSTOM_FIELD_IDS, STATUS_IDS, USER_IDS, type KommoRecord } from '../../../src/demo/kommo';
import { startHarness, type Harness } from '../../helpers/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const calls = () => h.sim.requests.map((request) => `${request.method} ${request.path}`);
const embedded = (record: KommoRecord | undefined, key: string) =>
  ((record?._embedded ?? {}) as Record<string, Array<{ id: number }>>)[key] ?? [];
const iso = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString();

it('updateLead answers the lead as Kommo now has it, with exact upstream calls', async () => {
  const lead = h.sim.store.leads.find((row) => embedded(row, 'tags').length > 0 && row.status_id !== STATUS_IDS.won);
  const tag = embedded(lead, 'tags')[0] as unknown as { name: string };
  const result = await h.query(
    `mutation($input: UpdateLeadInput!) { updateLead(input: $input) {
      id name price closedAt updatedAt status { id name } responsibleUser { id } tags { name } customFields { fieldId values { text } } } }`,
    {
      input: {
        id: String(lead?.id),
        name: 'Renamed',
        price: 4200,
        statusId: String(STATUS_IDS.won),
        responsibleUserId: String(USER_IDS.carla),
        tagsToAdd: [{ name: 'renewal' }],
        tagsToDelete: [{ name: tag.name }],
        customFieldsValues: [{ fieldId: String(CUSTOM_FIELD_IDS.leadProduct), values: [{ text: 'Premium plan' }] }],
      },
    },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.['updateLead']).toEqual({
    id: String(lead?.id),
    name: 'Renamed',
    price: 4200,
    closedAt: iso(lead?.closed_at),
    updatedAt: iso(lead?.updated_at),
    status: { id: String(STATUS_IDS.won), name: 'Closed - won' },
    responsibleUser: { id: String(USER_IDS.carla) },
    tags: expect.arrayContaining([{ name: 'renewal' }]) as unknown,
    customFields: expect.arrayContaining([
      { fieldId: String(CUSTOM_FIELD_IDS.leadProduct), values: [{ text: 'Premium plan' }] },
    ]) as unknown,
  });
  expect((result.data?.['updateLead'] as { tags: Array<{ name: string }> }).tags).not.toContainEqual({
    name: tag.name,
  });
  expect(calls().sort()).toEqual([
    'GET /api/v4/leads',
    'GET /api/v4/leads',
    'GET /api/v4/leads/custom_fields',
    'GET /api/v4/leads/pipelines',
    'GET /api/v4/users',
    `PATCH /api/v4/leads/${String(lead?.id)}`,
  ]);
  expect(h.sim.requests.map((request) => request.method).indexOf('PATCH')).toBe(4);
});

it('a later mutation field sees what an earlier one wrote: linked contacts and task lists are not served stale', async () => {
  const lead = h.sim.store.leads.find(
    (row) =>
      embedded(row, 'contacts').length > 0 &&
      h.sim.store.tasks.some((task) => task.entity_id === row.id && task.is_completed === false),
  );
  const contactId = String(embedded(lead, 'contacts')[0]?.id);
  const task = h.sim.store.tasks.find((row) => row.entity_id === lead?.id && row.is_completed === false);
  const result = await h.query(
    `mutation($lead: UpdateLeadInput!, $new: [CreateLeadInput!]!, $task: UpdateTaskInput!) {
      first: updateLead(input: $lead) { id contacts { id leads { id } } tasks { id isCompleted } }
      second: createLeads(input: $new) { id name contacts { id leads { id } } }
      third: updateTask(input: $task) { id isCompleted result entity { ... on Lead { id tasks { id isCompleted } } } }
    }`,
    {
      lead: { id: String(lead?.id), price: 1 },
      new: [{ name: 'Upsell', contacts: [{ id: contactId }] }],
      task: { id: String(task?.id), isCompleted: true, result: 'Proposal accepted' },
    },
  );
  expect(result.errors).toBeUndefined();
  const data = result.data as {
    first: {
      contacts: Array<{ id: string; leads: Array<{ id: string }> }>;
      tasks: Array<{ id: string; isCompleted: boolean }>;
    };
    second: Array<{ id: string; contacts: Array<{ id: string; leads: Array<{ id: string }> }> }>;
    third: { isCompleted: boolean; result: string; entity: { tasks: Array<{ id: string; isCompleted: boolean }> } };
  };
  const newId = data.second[0]?.id ?? '';
  expect(data.first.contacts.find((c) => c.id === contactId)?.leads).not.toContainEqual({ id: newId });
  expect(data.second[0]?.contacts).toEqual([
    { id: contactId, leads: expect.arrayContaining([{ id: newId }, { id: String(lead?.id) }]) as unknown },
  ]);
  expect(data.first.tasks).toContainEqual({ id: String(task?.id), isCompleted: false });
  expect(data.third).toMatchObject({ isCompleted: true, result: 'Proposal accepted' });
  expect(data.third.entity.tasks).toContainEqual({ id: String(task?.id), isCompleted: true });
  expect(
    embedded(
      h.sim.store.contacts.find((c) => String(c.id) === contactId),
      'leads',
    ),
  ).toContainEqual({ id: Number(newId) });
});

it('createContacts and createCompanies answer what was stored, PHONE/EMAIL included', async () => {
  const contacts = await h.query(
    'mutation($input: [CreateContactInput!]!) { createContacts(input: $input) { id name firstName lastName phones emails tags { name } } }',
    {
      input: [
        {
          firstName: 'Rita',
          lastName: 'Lee',
          tagsToAdd: [{ name: 'event-2026' }],
          customFieldsValues: [
            { fieldCode: 'PHONE', values: [{ text: '+55 11 5555-0000', enumCode: 'MOB' }] },
            { fieldCode: 'EMAIL', values: [{ text: 'rita@example.com' }] },
          ],
        },
        { name: 'Only A Name' },
      ],
    },
  );
  const stored = h.sim.store.contacts.slice(-2);
  expect(contacts).toEqual({
    data: {
      createContacts: [
        {
          id: String(stored[0]?.id),
          name: 'Rita Lee',
          firstName: 'Rita',
          lastName: 'Lee',
          phones: ['+55 11 5555-0000'],
          emails: ['rita@example.com'],
          tags: [{ name: 'event-2026' }],
        },
        {
          id: String(stored[1]?.id),
          name: 'Only A Name',
          firstName: '',
          lastName: '',
          phones: [],
          emails: [],
          tags: [],
        },
      ],
    },
  });
  expect(calls()).toEqual(['GET /api/v4/contacts/custom_fields', 'POST /api/v4/contacts', 'GET /api/v4/contacts']);

  h.sim.resetRequests();
  const companies = await h.query(
    'mutation($input: [CreateCompanyInput!]!) { createCompanies(input: $input) { id name } }',
    { input: [{ name: 'Acme' }] },
  );
  const company = h.sim.store.companies[h.sim.store.companies.length - 1];
  expect(companies).toEqual({ data: { createCompanies: [{ id: String(company?.id), name: 'Acme' }] } });
  const renamed = await h.query('mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name } }', {
    input: { id: String(company?.id), name: 'Acme Ltd' },
  });
  expect(renamed).toEqual({ data: { updateCompany: { id: String(company?.id), name: 'Acme Ltd' } } });
  expect(calls()).toEqual([
    'POST /api/v4/companies',
    'GET /api/v4/companies',
    'GET /api/v4/companies',
    `PATCH /api/v4/companies/${String(company?.id)}`,
    'GET /api/v4/companies',
  ]);
});

it('createTasks: deadline, entity and type as stored', async () => {
  const lead = h.sim.store.leads[3];
  const result = await h.query(
    'mutation($input: [CreateTaskInput!]!) { createTasks(input: $input) { id text completeTill isCompleted taskType { id } entity { ... on Lead { id } } } }',
    {
      input: [
        {
          text: 'Send contract',
          completeTill: '2026-12-01T15:00:00Z',
          entityType: 'LEAD',
          entityId: String(lead?.id),
          taskTypeId: '2',
        },
      ],
    },
  );
  const task = h.sim.store.tasks[h.sim.store.tasks.length - 1];
  expect(result).toEqual({
    data: {
      createTasks: [
        {
          id: String(task?.id),
          text: 'Send contract',
          completeTill: '2026-12-01T15:00:00.000Z',
          isCompleted: false,
          taskType: { id: '2' },
          entity: { id: String(lead?.id) },
        },
      ],
    },
  });
  expect(task).toMatchObject({
    entity_type: 'leads',
    entity_id: lead?.id,
    complete_till: 1_796_137_200,
    task_type_id: 2,
  });
  expect(calls().sort()).toEqual([
    'GET /api/v4/account',
    'GET /api/v4/leads',
    'GET /api/v4/leads',
    'GET /api/v4/tasks',
    'POST /api/v4/tasks',
  ]);
});

it('updateLead takes a price past 2^31 and a known tag by id (one tags call checks it)', async () => {
  const lead = h.sim.store.leads.find(
    (row) => row.is_deleted !== true && !embedded(row, 'tags').some((tag) => tag.id === 30002),
  );
  const result = await h.query(
    'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id price tags { id name } } }',
    {
      input: { id: String(lead?.id), price: 3_000_000_000, tagsToAdd: [{ id: '30002' }] },
    },
  );
  const stored = h.sim.store.leads.find((row) => row.id === lead?.id);
  const tags = embedded(stored, 'tags') as unknown as Array<{ id: number; name: string }>;
  expect(tags).toContainEqual(expect.objectContaining({ id: 30002, name: 'hot' }));
  expect(result).toEqual({
    data: {
      updateLead: {
        id: String(lead?.id),
        price: 3_000_000_000,
        tags: tags.map((tag) => ({ id: String(tag.id), name: tag.name })),
      },
    },
  });
  expect(stored?.price).toBe(3_000_000_000);
  expect(calls().sort()).toEqual([
    'GET /api/v4/leads',
    'GET /api/v4/leads',
    'GET /api/v4/leads/tags',
    `PATCH /api/v4/leads/${String(lead?.id)}`,
  ]);
});
