import { mapCompany, mapContact, mapLead, mapTask } from '../../../src/kommo/kommo.entity-mappers';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import { Tag } from '../../../src/schema/common/tag.type';
import { Company } from '../../../src/schema/companies/company.type';
import { Contact } from '../../../src/schema/contacts/contact.type';
import { CustomFieldValue, CustomFieldValueItem } from '../../../src/schema/custom-fields/custom-field-value.type';
import { Lead } from '../../../src/schema/leads/lead.type';
import { Task } from '../../../src/schema/tasks/task.type';

const EPOCH = new Date(0);
const tag = (id: string, name: string, color: string | null): Tag => Object.assign(new Tag(), { id, name, color });

/** A lead as GET /api/v4/leads returns it (reference §4.1). */
const LEAD_ROW = {
  id: 19619,
  name: 'Website order',
  price: 46333,
  price_with_minor_units: 46333.55,
  responsible_user_id: 123321,
  group_id: 625,
  status_id: 142,
  pipeline_id: 1300,
  loss_reason_id: null,
  created_by: 321123,
  updated_by: 0,
  created_at: 1453279607,
  updated_at: 1502193501,
  closed_at: 1483005931,
  closest_task_at: null,
  is_deleted: false,
  custom_fields_values: null,
  score: null,
  account_id: 5135160,
  labor_cost: null,
  _links: { self: { href: 'https://acme.kommo.com/api/v4/leads/19619' } },
  _embedded: { tags: [{ id: 100667, name: 'vip', color: 'EBEBEB' }], companies: [{ id: 10971463 }] },
};

describe('mapLead', () => {
  it('maps a lead, preferring price_with_minor_units', () => {
    expect(mapLead(LEAD_ROW)).toStrictEqual(
      Object.assign(new Lead(), {
        id: '19619',
        name: 'Website order',
        createdAt: new Date('2016-01-20T08:46:47.000Z'),
        updatedAt: new Date('2017-08-08T11:58:21.000Z'),
        isDeleted: false,
        tags: [tag('100667', 'vip', 'EBEBEB')],
        responsibleUserId: 123321,
        createdById: 321123,
        updatedById: 0,
        price: 46333.55,
        closedAt: new Date('2016-12-29T10:05:31.000Z'),
        statusId: 142,
        pipelineId: 1300,
        lossReasonId: null,
        customFields: [],
        contactIds: [],
        companyId: '10971463',
        embeddedLossReason: null,
      }),
    );
  });

  it('falls back to the integer price, and to null when neither is a number', () => {
    const { price_with_minor_units: _minor, ...withoutMinor } = LEAD_ROW;

    expect(mapLead(withoutMinor)?.price).toBe(46333);
    expect(mapLead({ id: 1, price: '46333' })?.price).toBeNull();
  });

  it('maps a lost lead with its loss reason', () => {
    expect(mapLead({ ...LEAD_ROW, status_id: 143, loss_reason_id: 7 })).toMatchObject({
      statusId: 143,
      lossReasonId: 7,
    });
  });

  it('degrades a malformed row field by field', () => {
    const raw = {
      id: '19620',
      name: 5,
      created_at: 'yesterday',
      updated_at: null,
      is_deleted: 'no',
      status_id: 'won',
      closed_at: 0,
      responsible_user_id: null,
      _embedded: { tags: [null, { id: 1 }, { name: 'no id' }, { id: 2, name: 'ok' }] },
    };

    expect(mapLead(raw)).toStrictEqual(
      Object.assign(new Lead(), {
        id: '19620',
        name: '',
        createdAt: EPOCH,
        updatedAt: EPOCH,
        isDeleted: false,
        tags: [tag('2', 'ok', null)],
        responsibleUserId: 0,
        createdById: 0,
        updatedById: 0,
        price: null,
        closedAt: null,
        statusId: 0,
        pipelineId: 0,
        lossReasonId: null,
        customFields: [],
        contactIds: [],
        companyId: null,
        embeddedLossReason: null,
      }),
    );
  });

  it('uses created_at when updated_at is missing', () => {
    expect(mapLead({ id: 1, created_at: 1453279607, _embedded: null })).toMatchObject({
      createdAt: new Date('2016-01-20T08:46:47.000Z'),
      updatedAt: new Date('2016-01-20T08:46:47.000Z'),
      tags: [],
    });
  });
});

describe('mapContact and mapCompany', () => {
  it('maps a contact with null custom_fields_values (reference §4.2)', () => {
    const raw = {
      id: 7143599,
      name: 'Frodo Baggins',
      first_name: 'Frodo',
      last_name: 'Baggins',
      responsible_user_id: 504141,
      group_id: 0,
      created_by: 504141,
      updated_by: 504141,
      created_at: 1585758065,
      updated_at: 1585758065,
      closest_task_at: null,
      is_deleted: false,
      is_unsorted: false,
      custom_fields_values: null,
      account_id: 28805383,
      _embedded: { tags: [{ id: 3, name: 'lead magnet', color: null }], companies: [] },
    };
    const at = new Date('2020-04-01T16:21:05.000Z');

    expect(mapContact(raw)).toStrictEqual(
      Object.assign(new Contact(), {
        id: '7143599',
        name: 'Frodo Baggins',
        createdAt: at,
        updatedAt: at,
        isDeleted: false,
        tags: [tag('3', 'lead magnet', null)],
        responsibleUserId: 504141,
        createdById: 504141,
        updatedById: 504141,
        firstName: 'Frodo',
        lastName: 'Baggins',
        customFields: [],
        phones: [],
        emails: [],
        companyId: null,
        leadIds: [],
      }),
    );
  });

  it('keeps an empty last name and nulls a missing first name', () => {
    expect(mapContact({ id: 1, name: 'Cher', last_name: '' })).toMatchObject({ firstName: null, lastName: '' });
  });

  it('maps a company with custom fields', () => {
    const raw = {
      id: 10971463,
      name: 'ACME',
      responsible_user_id: 504141,
      created_by: 0,
      updated_by: 504141,
      created_at: 1585758065,
      updated_at: 1585758100,
      is_deleted: true,
      account_id: 28805383,
      custom_fields_values: [
        {
          field_id: 178382,
          field_name: 'Phone',
          field_code: 'PHONE',
          field_type: 'multitext',
          values: [{ value: '19651796212', enum_id: 126290, enum_code: 'WORK' }],
        },
      ],
      _embedded: { tags: [] },
    };

    expect(mapCompany(raw)).toStrictEqual(
      Object.assign(new Company(), {
        id: '10971463',
        name: 'ACME',
        createdAt: new Date('2020-04-01T16:21:05.000Z'),
        updatedAt: new Date('2020-04-01T16:21:40.000Z'),
        isDeleted: true,
        tags: [],
        responsibleUserId: 504141,
        createdById: 0,
        updatedById: 504141,
        customFields: [
          Object.assign(new CustomFieldValue(), {
            fieldId: '178382',
            fieldName: 'Phone',
            fieldCode: 'PHONE',
            fieldType: 'multitext',
            entityType: KommoEntityType.COMPANY,
            values: [
              Object.assign(new CustomFieldValueItem(), {
                value: '19651796212',
                text: '19651796212',
                enumId: '126290',
                enumCode: 'WORK',
              }),
            ],
          }),
        ],
        contactIds: [],
        leadIds: [],
      }),
    );
  });
});

/** A task as GET /api/v4/tasks returns it (reference §4.4). */
const TASK_ROW = {
  id: 4745251,
  created_by: 3987910,
  updated_by: 3987910,
  created_at: 1575364000,
  updated_at: 1575364851,
  responsible_user_id: 123123,
  group_id: 0,
  entity_id: 167353,
  entity_type: 'leads',
  duration: 0,
  is_completed: true,
  task_type_id: 1,
  text: 'Invite to a free session',
  result: [] as unknown,
  complete_till: 1575665940,
  account_id: 321321,
};

describe('mapTask', () => {
  it('maps a completed task whose result is []', () => {
    expect(mapTask(TASK_ROW)).toStrictEqual(
      Object.assign(new Task(), {
        id: '4745251',
        text: 'Invite to a free session',
        entityType: KommoEntityType.LEAD,
        entityId: '167353',
        completeTill: new Date('2019-12-06T20:59:00.000Z'),
        isCompleted: true,
        result: null,
        duration: 0,
        createdAt: new Date('2019-12-03T09:06:40.000Z'),
        updatedAt: new Date('2019-12-03T09:20:51.000Z'),
        taskTypeId: 1,
        responsibleUserId: 123123,
        createdById: 3987910,
      }),
    );
  });

  it('reads a result {text}', () => {
    expect(mapTask({ ...TASK_ROW, result: { text: 'Client will come on Friday' } })?.result).toBe(
      'Client will come on Friday',
    );
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['text not a string', { text: 5 }],
    ['a string', 'done'],
  ])('nulls a result that is %s', (_name, result) => {
    expect(mapTask({ ...TASK_ROW, result })?.result).toBeNull();
  });

  it('maps an unattached, malformed task with defaults', () => {
    expect(
      mapTask({ id: 9, entity_id: null, entity_type: null, complete_till: 'soon', is_completed: 1, duration: 1.5 }),
    ).toStrictEqual(
      Object.assign(new Task(), {
        id: '9',
        text: '',
        entityType: null,
        entityId: null,
        completeTill: null,
        isCompleted: false,
        result: null,
        duration: null,
        createdAt: EPOCH,
        updatedAt: EPOCH,
        taskTypeId: 0,
        responsibleUserId: 0,
        createdById: 0,
      }),
    );
  });

  it.each<[string, KommoEntityType | null]>([
    ['contacts', KommoEntityType.CONTACT],
    ['companies', KommoEntityType.COMPANY],
    ['customers', KommoEntityType.CUSTOMER],
    ['lead', KommoEntityType.LEAD],
    ['catalog_elements', null],
  ])('reads entity_type %s', (entityType, expected) => {
    expect(mapTask({ ...TASK_ROW, entity_type: entityType })?.entityType).toBe(expected);
  });
});

describe('entity mappers reject rows without an id', () => {
  it.each<[string, (raw: unknown) => unknown]>([
    ['mapLead', mapLead],
    ['mapContact', mapContact],
    ['mapCompany', mapCompany],
    ['mapTask', mapTask],
  ])('%s', (_name, mapper) => {
    expect([null, 'lead', [LEAD_ROW], { name: 'x' }, { id: null }, { id: '' }].map(mapper)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
