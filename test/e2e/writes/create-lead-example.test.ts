import { CreateLeadFromFormDocument } from '../../../examples/__generated__/operations';
import { CUSTOM_FIELD_IDS, PIPELINE_IDS, STATUS_IDS, USER_IDS, type KommoRecord } from '../../../src/demo/kommo';
import { ENUM_IDS } from '../../../src/demo/kommo/seed/custom-fields';
import { startHarness, type Harness } from '../../helpers/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const links = (record: KommoRecord | undefined, key: string) =>
  ((record?._embedded ?? {}) as Record<string, unknown[]>)[key];

describe('the "create-lead form" example (examples/create-lead.graphql), against the simulator', () => {
  it('creates the lead with contacts, company, custom field values and tags, and answers what Kommo stored', async () => {
    const [first, second] = h.sim.store.contacts;
    const company = h.sim.store.companies[4];
    const result = await h.query(CreateLeadFromFormDocument, {
      lead: {
        name: 'Website form: Starter kit',
        price: 2500,
        pipelineId: String(PIPELINE_IDS.sales),
        responsibleUserId: String(USER_IDS.bruno),
        contacts: [{ id: String(first?.id) }, { id: String(second?.id), isMain: true }],
        companyId: String(company?.id),
        tagsToAdd: [{ name: 'webinar' }, { name: 'form-2026' }],
        customFieldsValues: [
          { fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ text: 'Website' }] },
          { fieldId: String(CUSTOM_FIELD_IDS.leadBudget), values: [{ number: 3000 }] },
          { fieldId: String(CUSTOM_FIELD_IDS.leadProduct), values: [{ text: 'Starter kit' }] },
        ],
      },
    });

    const lead = h.sim.store.leads[h.sim.store.leads.length - 1];
    const tags = links(lead, 'tags') as Array<{ id: number; name: string }>;
    expect(lead).toMatchObject({
      name: 'Website form: Starter kit',
      price: 2500,
      pipeline_id: PIPELINE_IDS.sales,
      status_id: STATUS_IDS.salesFirstContact,
      responsible_user_id: USER_IDS.bruno,
      _embedded: {
        companies: [{ id: company?.id }],
        contacts: [
          { id: first?.id, is_main: false },
          { id: second?.id, is_main: true },
        ],
      },
      custom_fields_values: [
        { field_id: CUSTOM_FIELD_IDS.leadSource, values: [{ value: 'Website', enum_id: ENUM_IDS.source.website }] },
        { field_id: CUSTOM_FIELD_IDS.leadBudget, values: [{ value: '3000' }] },
        { field_id: CUSTOM_FIELD_IDS.leadProduct, values: [{ value: 'Starter kit' }] },
      ],
    });
    expect(tags.map((tag) => tag.name).sort()).toEqual(['form-2026', 'webinar']);
    for (const contact of [first, second]) expect(links(contact, 'leads')).toContainEqual({ id: lead?.id });
    expect(links(company, 'leads')).toContainEqual({ id: lead?.id });

    const name = (record: KommoRecord | undefined) => String(record?.name);
    const phones = (record: KommoRecord | undefined) =>
      ((record?.custom_fields_values ?? []) as Array<{ field_code: string; values: Array<{ value: string }> }>)
        .filter((field) => field.field_code === 'PHONE')
        .flatMap((field) => field.values.map((value) => value.value));
    const emails = (record: KommoRecord | undefined) =>
      ((record?.custom_fields_values ?? []) as Array<{ field_code: string; values: Array<{ value: string }> }>)
        .filter((field) => field.field_code === 'EMAIL')
        .flatMap((field) => field.values.map((value) => value.value));
    expect(result).toEqual({
      data: {
        createLeads: [
          {
            id: String(lead?.id),
            name: 'Website form: Starter kit',
            price: 2500,
            createdAt: new Date(Number(lead?.created_at) * 1000).toISOString(),
            pipeline: { id: String(PIPELINE_IDS.sales), name: 'Sales funnel' },
            status: { id: String(STATUS_IDS.salesFirstContact), name: 'First contact' },
            responsibleUser: { id: String(USER_IDS.bruno), name: 'Bruno Lima' },
            tags: tags.map((tag) => ({ id: String(tag.id), name: tag.name })),
            customFields: [
              {
                fieldId: String(CUSTOM_FIELD_IDS.leadSource),
                fieldName: 'Source',
                fieldCode: null,
                fieldType: 'select',
                values: [
                  { value: 'Website', text: 'Website', enumId: String(ENUM_IDS.source.website), enumCode: null },
                ],
              },
              {
                fieldId: String(CUSTOM_FIELD_IDS.leadBudget),
                fieldName: 'Budget',
                fieldCode: null,
                fieldType: 'numeric',
                values: [{ value: '3000', text: '3000', enumId: null, enumCode: null }],
              },
              {
                fieldId: String(CUSTOM_FIELD_IDS.leadProduct),
                fieldName: 'Product',
                fieldCode: null,
                fieldType: 'text',
                values: [{ value: 'Starter kit', text: 'Starter kit', enumId: null, enumCode: null }],
              },
            ],
            contacts: [first, second].map((contact) => ({
              id: String(contact?.id),
              name: name(contact),
              phones: phones(contact),
              emails: emails(contact),
            })),
            company: { id: String(company?.id), name: name(company) },
          },
        ],
      },
    });

    // Validation lookups (one call each, in parallel), the write, the read-back, then the linked records afresh.
    const calls = h.sim.requests.map((request) => `${request.method} ${request.path}`);
    expect(calls.slice(0, 5).sort()).toEqual([
      'GET /api/v4/companies',
      'GET /api/v4/contacts',
      'GET /api/v4/leads/custom_fields',
      'GET /api/v4/leads/pipelines',
      'GET /api/v4/users',
    ]);
    expect(calls.slice(5, 7)).toEqual(['POST /api/v4/leads', 'GET /api/v4/leads']);
    expect(calls.slice(7).sort()).toEqual(['GET /api/v4/companies', 'GET /api/v4/contacts']);
  });
});
