import { mapContact, mapLead } from '../../../src/kommo/kommo.entity-mappers';
import { linkIds, mapFieldValues, mapLossReason, valuesOfCode } from '../../../src/kommo/kommo.value-mappers';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';

/** A contact as GET /api/v4/contacts?with=leads returns it (reference §4.2, §4.11). */
const CONTACT_ROW = {
  id: 7143599,
  name: 'Frodo Baggins',
  first_name: 'Frodo',
  last_name: 'Baggins',
  custom_fields_values: [
    {
      field_id: 178382,
      field_name: 'Phone',
      field_code: 'PHONE',
      field_type: 'multitext',
      values: [
        { value: '+1 415 555 0101', enum_id: 126290, enum_code: 'WORK' },
        { value: '+1 415 555 0102', enum_id: 126292, enum: 'MOB' },
      ],
    },
    {
      field_id: 178384,
      field_name: 'Email',
      field_code: 'EMAIL',
      field_type: 'multitext',
      values: [{ value: 'frodo@shire.me', enum_id: 126300, enum_code: 'PRIV' }],
    },
    { field_id: 990001, field_name: 'VIP', field_code: null, field_type: 'checkbox', values: [{ value: true }] },
  ],
  _embedded: {
    tags: [],
    companies: [{ id: 10971463, _links: {} }],
    leads: [{ id: 19619 }, { id: 19620 }, { id: 'junk' }, { nope: 1 }],
  },
};

describe('custom-field values and links', () => {
  it('maps every value as sent, with its text, enum id and enum code (old payloads say `enum`)', () => {
    expect(mapFieldValues(CONTACT_ROW, KommoEntityType.CONTACT).map((field) => ({ ...field }))).toEqual([
      {
        fieldId: '178382',
        fieldName: 'Phone',
        fieldCode: 'PHONE',
        fieldType: 'multitext',
        entityType: KommoEntityType.CONTACT,
        values: [
          { value: '+1 415 555 0101', text: '+1 415 555 0101', enumId: '126290', enumCode: 'WORK' },
          { value: '+1 415 555 0102', text: '+1 415 555 0102', enumId: '126292', enumCode: 'MOB' },
        ],
      },
      {
        fieldId: '178384',
        fieldName: 'Email',
        fieldCode: 'EMAIL',
        fieldType: 'multitext',
        entityType: KommoEntityType.CONTACT,
        values: [{ value: 'frodo@shire.me', text: 'frodo@shire.me', enumId: '126300', enumCode: 'PRIV' }],
      },
      {
        fieldId: '990001',
        fieldName: 'VIP',
        fieldCode: null,
        fieldType: 'checkbox',
        entityType: KommoEntityType.CONTACT,
        values: [{ value: true, text: 'true', enumId: null, enumCode: null }],
      },
    ]);
  });

  it('degrades malformed entries value by value', () => {
    const fields = mapFieldValues(
      {
        custom_fields_values: [
          null,
          { field_name: 'no id' },
          { field_id: 5, values: [null, { value: { nested: 1 } }, { value: 12.5 }] },
        ],
      },
      KommoEntityType.LEAD,
    );
    expect(fields.map((field) => ({ ...field }))).toEqual([
      {
        fieldId: '5',
        fieldName: '',
        fieldCode: null,
        fieldType: 'unknown',
        entityType: KommoEntityType.LEAD,
        values: [
          { value: null, text: null, enumId: null, enumCode: null },
          { value: 12.5, text: '12.5', enumId: null, enumCode: null },
        ],
      },
    ]);
    expect(mapFieldValues({ custom_fields_values: null }, KommoEntityType.LEAD)).toEqual([]);
  });

  it('reads phones, e-mails, the company and lead ids of a contact', () => {
    expect(mapContact(CONTACT_ROW)).toMatchObject({
      phones: ['+1 415 555 0101', '+1 415 555 0102'],
      emails: ['frodo@shire.me'],
      companyId: '10971463',
      leadIds: ['19619', '19620', 'junk'],
    });
    expect(valuesOfCode(mapFieldValues(CONTACT_ROW, KommoEntityType.CONTACT), 'POSITION')).toEqual([]);
    expect(linkIds({ _embedded: null }, 'leads')).toEqual([]);
  });

  it("reads a lead's contacts, company and embedded loss reason (with=contacts,loss_reason)", () => {
    const lead = mapLead({
      id: 1,
      status_id: 143,
      loss_reason_id: 12001,
      _embedded: {
        companies: [{ id: 3 }],
        contacts: [
          { id: 7, is_main: true },
          { id: 8, is_main: false },
        ],
        loss_reason: [{ id: 12001, name: 'Too expensive', sort: 1, created_at: 1, updated_at: 1 }],
      },
    });
    expect(lead).toMatchObject({
      contactIds: ['7', '8'],
      companyId: '3',
      embeddedLossReason: { id: '12001', name: 'Too expensive', sort: 1 },
    });
    expect(mapLossReason({ name: 'no id' })).toBeUndefined();
  });
});
