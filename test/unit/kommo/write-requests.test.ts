import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import { contactRow, leadRow, newLeadRow, taskRow, taskUpdateRow } from '../../../src/kommo/writes/entity-rows';
import { inputFieldOf } from '../../../src/kommo/writes/field-paths';
import { matchByRequestId } from '../../../src/kommo/writes/batches';
import { decimalString } from '../../../src/kommo/writes/write-row';

const JUNE_1 = new Date('2026-06-01T12:00:00Z');
const JUNE_1_S = 1_780_315_200;

describe('write bodies', () => {
  it('a new lead: snake_case fields, ids as integers, instants as Unix seconds, links under _embedded', () => {
    expect(
      newLeadRow({
        name: 'Website deal',
        price: 1500,
        statusId: '61000002',
        pipelineId: '7000001',
        responsibleUserId: '5000002',
        createdBy: '0',
        closedAt: JUNE_1,
        lossReasonId: null,
        tagsToAdd: [{ name: ' hot ' }, { id: '30001' }],
        tagsToDelete: [{ name: 'cold' }],
        contacts: [{ id: '26100001' }, { id: '26100002', isMain: true }],
        companyId: '28100001',
      }),
    ).toEqual({
      name: 'Website deal',
      price: 1500,
      status_id: 61_000_002,
      pipeline_id: 7_000_001,
      responsible_user_id: 5_000_002,
      created_by: 0,
      closed_at: JUNE_1_S,
      tags_to_add: [{ name: 'hot' }, { id: 30_001 }],
      tags_to_delete: [{ name: 'cold' }],
      _embedded: {
        contacts: [
          { id: 26_100_001, is_main: false },
          { id: 26_100_002, is_main: true },
        ],
        companies: [{ id: 28_100_001 }],
      },
    });
    expect(newLeadRow({ name: 'x', contacts: [{ id: '1' }, { id: '2' }] })._embedded).toEqual({
      contacts: [
        { id: 1, is_main: true },
        { id: 2, is_main: false },
      ],
    });
  });

  it('custom field values: by id or code, numbers as strings, dates as seconds, enums by id or code, [] clears', () => {
    expect(
      leadRow({
        id: '1',
        customFieldsValues: [
          { fieldId: '880001', values: [{ enumId: '990002' }] },
          { fieldId: '880002', values: [{ number: 1500.5 }] },
          { fieldCode: 'SIGNED', values: [{ boolean: false }] },
          { fieldCode: 'DEADLINE', values: [{ date: JUNE_1 }] },
          { fieldId: '880003', values: [] },
        ],
      }).custom_fields_values,
    ).toEqual([
      { field_id: 880_001, values: [{ enum_id: 990_002 }] },
      { field_id: 880_002, values: [{ value: '1500.5' }] },
      { field_code: 'SIGNED', values: [{ value: false }] },
      { field_code: 'DEADLINE', values: [{ value: JUNE_1_S }] },
      { field_id: 880_003, values: null },
    ]);
    expect(
      contactRow({
        firstName: 'Rita',
        customFieldsValues: [{ fieldCode: 'PHONE', values: [{ text: '+55 11 5555-0000', enumCode: 'MOB' }] }],
      }),
    ).toEqual({
      first_name: 'Rita',
      custom_fields_values: [{ field_code: 'PHONE', values: [{ value: '+55 11 5555-0000', enum_code: 'MOB' }] }],
    });
  });

  it('numbers go out in plain decimal notation, never with an exponent', () => {
    expect(
      leadRow({
        id: '1',
        customFieldsValues: [
          { fieldId: '880002', values: [{ number: 0.0000001 }] },
          { fieldId: '880004', values: [{ number: -2.5e-8 }] },
        ],
      }).custom_fields_values,
    ).toEqual([
      { field_id: 880_002, values: [{ value: '0.0000001' }] },
      { field_id: 880_004, values: [{ value: '-0.000000025' }] },
    ]);
    expect([1e21, 1.2345e22, 0.000001, 123.45, -0].map(decimalString)).toEqual([
      '1000000000000000000000',
      '12345000000000000000000',
      '0.000001',
      '123.45',
      '0',
    ]);
  });

  it('tasks: plural entity_type; completing sends is_completed and result.text', () => {
    expect(
      taskRow({
        text: 'Call',
        completeTill: JUNE_1,
        entityType: KommoEntityType.CONTACT,
        entityId: '26100001',
        taskTypeId: '2',
        duration: 900,
      }),
    ).toEqual({
      text: 'Call',
      complete_till: JUNE_1_S,
      entity_type: 'contacts',
      entity_id: 26_100_001,
      task_type_id: 2,
      duration: 900,
    });
    expect(taskUpdateRow({ id: '33100001', isCompleted: true, result: 'Proposal sent' })).toEqual({
      is_completed: true,
      result: { text: 'Proposal sent' },
    });
  });
});

describe('answers and error paths', () => {
  it('matches created ids by request_id, in the order asked', () => {
    const body = {
      _embedded: {
        leads: [
          { id: 12, request_id: '251' },
          { id: 11, request_id: '250' },
        ],
      },
    };
    expect(matchByRequestId(body, 'leads', ['250', '251'])).toEqual(['11', '12']);
    expect(matchByRequestId(body, 'leads', ['250', '252'])).toBeUndefined();
    expect(matchByRequestId({}, 'leads', ['0'])).toBeUndefined();
  });

  it("turns Kommo's paths into input fields", () => {
    expect(inputFieldOf('custom_fields_values.0.values.1.enum_id')).toBe('customFieldsValues[0].values[1].enumId');
    expect(inputFieldOf('custom_fields_values.2.values.0.value')).toBe('customFieldsValues[2].values[0]');
    expect(inputFieldOf('custom_fields_values.0.field_code')).toBe('customFieldsValues[0].fieldCode');
    expect(inputFieldOf('tags_to_add.3.id')).toBe('tagsToAdd[3].id');
    expect(inputFieldOf('_embedded.contacts.1.id')).toBe('contacts[1].id');
    expect(inputFieldOf('_embedded.companies.0.id')).toBe('companyId');
    expect(inputFieldOf('result.text')).toBe('result');
    expect(inputFieldOf('responsible_user_id')).toBe('responsibleUserId');
    expect(inputFieldOf('')).toBe('');
    expect(inputFieldOf(undefined)).toBe('');
  });
});
