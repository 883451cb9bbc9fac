import { CUSTOM_FIELD_IDS, PIPELINE_IDS, STATUS_IDS } from '../../../src/demo/kommo';
import { startHarness, type Harness } from '../../helpers/harness';
import {
  CREATE_COMPANIES,
  CREATE_CONTACTS,
  CREATE_LEADS,
  CREATE_TASKS,
  UPDATE_COMPANY,
  UPDATE_CONTACT,
  UPDATE_LEAD,
  UPDATE_TASK,
  rejected,
} from './expected-errors';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sim.resetRequests());

const LEAD = '24100001';
const TASK = '33100001';
const calls = () => h.sim.requests.map((request) => `${request.method} ${request.path}`);

describe('rules that need no lookup: BAD_USER_INPUT naming item and field, no upstream call at all', () => {
  const cases: Array<[string, string, string, unknown, Array<[string, string]>]> = [
    ['an empty input list', 'createLeads', CREATE_LEADS, [], [['input', 'must not be an empty list']]],
    [
      'a blank name',
      'createLeads',
      CREATE_LEADS,
      [{ name: 'ok' }, { name: '  ' }],
      [['input[1].name', 'must not be blank']],
    ],
    [
      'non-numeric ids',
      'createLeads',
      CREATE_LEADS,
      [{ name: 'a', statusId: 'abc', contacts: [{ id: '12x' }], responsibleUserId: '-1' }],
      [
        ['input[0].responsibleUserId', '"-1" is not a Kommo id (a positive whole number)'],
        ['input[0].statusId', '"abc" is not a Kommo id (a positive whole number)'],
        ['input[0].contacts[0].id', '"12x" is not a Kommo id (a positive whole number)'],
      ],
    ],
    [
      'malformed tags, values and links',
      'createLeads',
      CREATE_LEADS,
      [
        {
          name: 'a',
          price: -1,
          tagsToAdd: [{ id: '1', name: 'x' }],
          tagsToDelete: [],
          customFieldsValues: [
            { values: [] },
            { fieldId: '880002', values: [{ text: '1', number: 1 }, {}] },
            { fieldCode: 'X', values: [{ enumId: '1', enumCode: 'A' }] },
          ],
          contacts: [{ id: '26100001', isMain: true }, { id: '26100001' }, { id: '26100002', isMain: true }],
        },
      ],
      [
        ['input[0].tagsToAdd[0]', 'set exactly one of id and name'],
        ['input[0].tagsToDelete', 'must not be an empty list (omit it instead)'],
        ['input[0].customFieldsValues[0]', 'set exactly one of fieldId and fieldCode'],
        ['input[0].customFieldsValues[1].values[0]', 'set only one of text, number, boolean and date'],
        ['input[0].customFieldsValues[1].values[1]', 'set a value: text, number, boolean, date, enumId or enumCode'],
        ['input[0].customFieldsValues[2].values[0]', 'set at most one of enumId and enumCode'],
        ['input[0].price', 'must not be negative'],
        ['input[0].contacts[1].id', 'links the same contact twice'],
        ['input[0].contacts', 'at most one contact can be the main one'],
      ],
    ],
    [
      'a contact without any name',
      'createContacts',
      CREATE_CONTACTS,
      [{ firstName: ' ', lastName: '' }],
      [['input[0].name', 'give a name, a firstName or a lastName']],
    ],
    [
      'a blank company name',
      'createCompanies',
      CREATE_COMPANIES,
      [{ name: '' }],
      [['input[0].name', 'must not be blank']],
    ],
    [
      'a task without text, with a deadline before 1970',
      'createTasks',
      CREATE_TASKS,
      [{ text: ' ', completeTill: '1969-12-31T00:00:00Z' }],
      [
        ['input[0].text', 'must not be blank'],
        ['input[0].completeTill', 'must be later than 1970-01-01T00:00:00Z'],
      ],
    ],
    [
      'a task entity half given, or a task on a task',
      'createTasks',
      CREATE_TASKS,
      [
        { text: 'a', completeTill: '2026-06-01T00:00:00Z', entityType: 'LEAD' },
        { text: 'b', completeTill: '2026-06-01T00:00:00Z', entityType: 'TASK', entityId: TASK },
      ],
      [
        ['input[0].entityId', 'set entityType and entityId together'],
        ['input[1].entityType', 'a task cannot be attached to a task'],
      ],
    ],
    [
      'a task on a customer (Ponte cannot check customer ids)',
      'createTasks',
      CREATE_TASKS,
      [{ text: 'Call', completeTill: '2026-06-01T00:00:00Z', entityType: 'CUSTOMER', entityId: '36100001' }],
      [['input[0].entityType', 'tasks can be attached to a LEAD, CONTACT or COMPANY; Ponte cannot check customer ids']],
    ],
    [
      'a fractional price, and one past what JSON carries exactly',
      'createLeads',
      CREATE_LEADS,
      [
        { name: 'a', price: 1.5 },
        { name: 'b', price: 2 ** 53 },
      ],
      [
        ['input[0].price', 'must be a whole number (Kommo stores prices as integers)'],
        ['input[1].price', 'must be at most 9007199254740991'],
      ],
    ],
    [
      'an update with nothing to change',
      'updateLead',
      UPDATE_LEAD,
      { id: LEAD, name: null },
      [['input', 'set at least one field to change besides id']],
    ],
    [
      'an update of a non-numeric id',
      'updateContact',
      UPDATE_CONTACT,
      { id: 'abc', name: 'x' },
      [['input.id', '"abc" is not a Kommo id (a positive whole number)']],
    ],
    [
      'an update blanking a name',
      'updateCompany',
      UPDATE_COMPANY,
      { id: '28100001', name: ' ' },
      [['input.name', 'must not be blank']],
    ],
    [
      'a result without completing the task',
      'updateTask',
      UPDATE_TASK,
      { id: TASK, result: 'done' },
      [['input.result', 'only with isCompleted: true (a result completes the task)']],
    ],
  ];

  it.each(cases)('%s', async (_name, mutation, document, input, problems) => {
    expect(await h.query(document, { input })).toEqual(rejected(mutation, problems));
    expect(calls()).toEqual([]);
  });

  it('a missing or unparsable completeTill is refused by the schema itself', async () => {
    const missing = await h.query(CREATE_TASKS, { input: [{ text: 'x' }] });
    const invalid = await h.query(CREATE_TASKS, { input: [{ text: 'x', completeTill: 'tomorrow' }] });
    for (const result of [missing, invalid]) {
      expect(result.data).toBeUndefined();
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    }
    expect(invalid.errors?.[0]?.message).toContain('DateTime must be an ISO-8601 instant');
    expect(missing.errors?.[0]?.message).toContain(
      'Field "completeTill" of required type "DateTime!" was not provided',
    );
    expect(calls()).toEqual([]);
  });
});

describe('unknown ids and invalid custom field values: found with batched reads, nothing written', () => {
  it('unknown linked records, pipeline status, user and loss reason', async () => {
    const result = await h.query(CREATE_LEADS, {
      input: [
        {
          name: 'a',
          contacts: [{ id: '26100001' }, { id: '26199999' }],
          companyId: '28199999',
          responsibleUserId: '5000099',
          lossReasonId: '99',
        },
        {
          name: 'b',
          pipelineId: String(PIPELINE_IDS.partners),
          statusId: String(STATUS_IDS.salesProposal),
          contacts: [{ id: '26100002' }],
        },
        { name: 'c', pipelineId: '7000099' },
      ],
    });
    expect(result).toEqual(
      rejected('createLeads', [
        ['input[0].responsibleUserId', 'no user with id 5000099 in this Kommo account'],
        ['input[0].lossReasonId', 'no loss reason with id 99'],
        ['input[0].contacts[1].id', 'no contact with id 26199999'],
        ['input[0].companyId', 'no company with id 28199999'],
        ['input[1].statusId', `pipeline ${PIPELINE_IDS.partners} has no status ${STATUS_IDS.salesProposal}`],
        ['input[2].pipelineId', 'no pipeline with id 7000099'],
      ]),
    );
    expect(calls().sort()).toEqual([
      'GET /api/v4/companies',
      'GET /api/v4/contacts',
      'GET /api/v4/leads/loss_reasons',
      'GET /api/v4/leads/pipelines',
      'GET /api/v4/users',
    ]);
  });

  it('custom field values that do not fit their definitions', async () => {
    const result = await h.query(CREATE_LEADS, {
      input: [
        {
          name: 'a',
          customFieldsValues: [
            { fieldId: String(CUSTOM_FIELD_IDS.leadBudget), values: [{ text: 'lots' }] },
            { fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ enumId: '1' }] },
            { fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ text: 'Website' }] },
            { fieldCode: 'NOPE', values: [{ text: 'x' }] },
            { fieldId: String(CUSTOM_FIELD_IDS.leadProduct), values: [{ text: 'a' }, { text: 'b' }] },
          ],
        },
        {
          name: 'b',
          customFieldsValues: [{ fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ text: 'Radio' }] }],
        },
      ],
    });
    expect(result).toEqual(
      rejected('createLeads', [['input[0].customFieldsValues[2]', 'names the same field as an earlier entry']]),
    );
    const fitted = await h.query(CREATE_LEADS, {
      input: [
        {
          name: 'a',
          customFieldsValues: [
            { fieldId: String(CUSTOM_FIELD_IDS.leadBudget), values: [{ text: 'lots' }] },
            { fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ enumId: '1' }] },
            { fieldCode: 'NOPE', values: [{ text: 'x' }] },
            { fieldId: String(CUSTOM_FIELD_IDS.leadProduct), values: [{ text: 'a' }, { text: 'b' }] },
          ],
        },
        {
          name: 'b',
          customFieldsValues: [{ fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ text: 'Radio' }] }],
        },
      ],
    });
    const field = (id: number, name: string, type: string) => `field ${id} "${name}" is ${type} and`;
    expect(fitted).toEqual(
      rejected('createLeads', [
        [
          'input[0].customFieldsValues[0].values[0]',
          `${field(CUSTOM_FIELD_IDS.leadBudget, 'Budget', 'numeric')} takes number`,
        ],
        [
          'input[0].customFieldsValues[1].values[0].enumId',
          `${field(CUSTOM_FIELD_IDS.leadSource, 'Source', 'select')} has no option 1`,
        ],
        ['input[0].customFieldsValues[2].fieldCode', 'no lead custom field with code "NOPE"'],
        [
          'input[0].customFieldsValues[3].values',
          `${field(CUSTOM_FIELD_IDS.leadProduct, 'Product', 'text')} takes one value`,
        ],
        [
          'input[1].customFieldsValues[0].values[0].text',
          `${field(CUSTOM_FIELD_IDS.leadSource, 'Source', 'select')} has no option "Radio"`,
        ],
      ]),
    );
    expect(calls()).toEqual(['GET /api/v4/leads/custom_fields']);
  });

  it('one field named by id and again by its code', async () => {
    const result = await h.query(CREATE_CONTACTS, {
      input: [
        {
          name: 'a',
          customFieldsValues: [
            { fieldId: String(CUSTOM_FIELD_IDS.contactPhone), values: [{ text: '+1 415 555 0100' }] },
            { fieldCode: 'EMAIL', values: [{ text: 'a@example.com' }] },
            { fieldCode: 'PHONE', values: [{ text: '+1 415 555 0101' }] },
          ],
        },
      ],
    });
    expect(result).toEqual(
      rejected('createContacts', [
        [
          'input[0].customFieldsValues[2]',
          `names field ${CUSTOM_FIELD_IDS.contactPhone} "Phone", as an earlier entry does`,
        ],
      ]),
    );
    expect(calls()).toEqual(['GET /api/v4/contacts/custom_fields']);
  });

  it('a multitext value with an unknown kind, on a contact', async () => {
    const result = await h.query(CREATE_CONTACTS, {
      input: [
        {
          name: 'a',
          customFieldsValues: [{ fieldCode: 'PHONE', values: [{ text: '+1 415 555 0100', enumCode: 'PAGER' }] }],
        },
      ],
    });
    expect(result).toEqual(
      rejected('createContacts', [
        [
          'input[0].customFieldsValues[0].values[0].enumCode',
          `field ${CUSTOM_FIELD_IDS.contactPhone} "Phone" is multitext and has no option with code "PAGER"`,
        ],
      ]),
    );
    expect(calls()).toEqual(['GET /api/v4/contacts/custom_fields']);
  });

  it('updates of records that do not exist, unknown task types and task entities', async () => {
    expect(await h.query(UPDATE_LEAD, { input: { id: '24199999', name: 'x' } })).toEqual(
      rejected('updateLead', [['input.id', 'no lead with id 24199999']]),
    );
    expect(
      await h.query(UPDATE_TASK, {
        input: { id: TASK, taskTypeId: '77', entityType: 'COMPANY', entityId: '28199999' },
      }),
    ).toEqual(
      rejected('updateTask', [
        ['input.taskTypeId', 'no task type with id 77'],
        ['input.entityId', 'no company with id 28199999'],
      ]),
    );
    expect(calls().sort()).toEqual([
      'GET /api/v4/account',
      'GET /api/v4/companies',
      'GET /api/v4/leads',
      'GET /api/v4/tasks',
    ]);
  });
});
