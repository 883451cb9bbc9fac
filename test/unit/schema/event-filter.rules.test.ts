import { GraphQLError } from 'graphql';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import type { EventFilter } from '../../../src/schema/events/event-filter.input';
import { validate } from '../../../src/schema/common/input-checks';
import { checkEventFilter } from '../../../src/schema/events/event-filter.rules';
import { EventType } from '../../../src/schema/events/event-type.enum';

const { LEAD, CONTACT } = KommoEntityType;
const VALUE_RULE =
  'value is only available with types among NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED';
const ELEVEN = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];
const TEN = ELEVEN.slice(0, 10);

function thrown(filter: EventFilter): GraphQLError | undefined {
  try {
    validate((c) => checkEventFilter(c, filter));
    return undefined;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

function expectRejected(filter: EventFilter, field: string, rule: string): void {
  const error = thrown(filter);
  expect(error).toBeInstanceOf(GraphQLError);
  expect({ message: error?.message, extensions: error?.extensions }).toEqual({
    message: `Invalid ${field}: ${rule}.`,
    extensions: { code: 'BAD_USER_INPUT', field, problems: [{ field, message: `Invalid ${field}: ${rule}.` }] },
  });
}

describe('assertValidEventFilter: combinations that Kommo accepts', () => {
  it.each<[string, EventFilter]>([
    ['no filter at all', {}],
    [
      'seed 001 leads_statuses example',
      {
        types: [EventType.LEAD_STATUS_CHANGED],
        valueAfter: { leadStatuses: [{ pipelineId: '12345', statusId: '99999999' }] },
      },
    ],
    ['seed 001 custom_field_values example', { customFieldId: '777777', valueAfter: { customFieldEnumIds: ['145'] } }],
    [
      'seed 001 value example',
      { types: [EventType.SALE_FIELD_CHANGED], entityTypes: [LEAD], valueAfter: { value: '155' } },
    ],
    [
      'seed 001 responsible_user_id example',
      {
        types: [EventType.ENTITY_RESPONSIBLE_CHANGED],
        valueAfter: { responsibleUserIds: ['5555555'] },
      },
    ],
    [
      'value with several of its five types',
      {
        types: [
          EventType.NPS_RATE_ADDED,
          EventType.NAME_FIELD_CHANGED,
          EventType.LTV_FIELD_CHANGED,
          EventType.CUSTOM_FIELD_VALUE_CHANGED,
        ],
        valueBefore: { value: '7' },
      },
    ],
    ['ten entity ids of one entity type', { entityTypes: [CONTACT], entityIds: TEN }],
    ['ten creators', { createdBy: TEN }],
    ['the robot (user 0) as a creator', { createdBy: ['0', '5000001'] }],
    ['event ids (Kommo ids are strings)', { ids: ['01pz58t6p04ymgsgfbmfyfy1mf'] }],
    [
      'an instant range, from = to',
      {
        createdAt: { from: new Date('2026-01-31T09:30:00Z'), to: new Date('2026-01-31T09:30:00Z') },
      },
    ],
    ['only one end of the range', { createdAt: { to: new Date('2026-01-31T09:30:00Z') } }],
    ['a customField without value filters', { customFieldId: '829516', entityTypes: [LEAD] }],
    [
      'explicit nulls (as GraphQL passes them)',
      {
        ids: null,
        types: null,
        customFieldId: null,
        entityTypes: null,
        entityIds: null,
        createdBy: null,
        createdAt: { from: null, to: null },
        valueBefore: null,
        valueAfter: { leadStatuses: null, responsibleUserIds: null, customFieldEnumIds: null, value: null },
      } as unknown as EventFilter,
    ],
  ])('accepts %s', (_name, filter) => {
    expect(thrown(filter)).toBeUndefined();
  });
});

describe('assertValidEventFilter: every rule', () => {
  it.each<[string, EventFilter, string, string]>([
    [
      'customFieldId with types',
      { customFieldId: '777', types: [EventType.LEAD_ADDED] },
      'filter.customFieldId',
      'custom_field_{ID}_value_changed must be the only event type: do not combine customFieldId with types',
    ],
    [
      'customFieldId not numeric',
      { customFieldId: 'email' },
      'filter.customFieldId',
      '"email" is not a Kommo id (a positive whole number)',
    ],
    ['value without types', { valueAfter: { value: '155' } }, 'filter.valueAfter.value', VALUE_RULE],
    [
      'value with empty types',
      { types: [], valueAfter: { value: '155' } },
      'filter.types',
      'must not be an empty list (omit it instead)',
    ],
    [
      'value with another type',
      { types: [EventType.LEAD_STATUS_CHANGED], valueBefore: { value: '1' } },
      'filter.valueBefore.value',
      VALUE_RULE,
    ],
    [
      'value with one of its types and another',
      {
        types: [EventType.SALE_FIELD_CHANGED, EventType.LEAD_ADDED],
        valueAfter: { value: '155' },
      },
      'filter.valueAfter.value',
      VALUE_RULE,
    ],
    [
      'value with customFieldId',
      { customFieldId: '777', valueAfter: { value: '1' } },
      'filter.valueAfter.value',
      VALUE_RULE,
    ],
    [
      'leadStatuses without types',
      { valueAfter: { leadStatuses: [{ pipelineId: '1', statusId: '2' }] } },
      'filter.valueAfter.leadStatuses',
      'leadStatuses is only available with types: [LEAD_STATUS_CHANGED]',
    ],
    [
      'leadStatuses with another type too',
      {
        types: [EventType.LEAD_STATUS_CHANGED, EventType.LEAD_ADDED],
        valueAfter: { leadStatuses: [{ pipelineId: '1', statusId: '2' }] },
      },
      'filter.valueAfter.leadStatuses',
      'leadStatuses is only available with types: [LEAD_STATUS_CHANGED]',
    ],
    [
      'leadStatuses empty',
      { types: [EventType.LEAD_STATUS_CHANGED], valueBefore: { leadStatuses: [] } },
      'filter.valueBefore.leadStatuses',
      'must not be an empty list (omit it instead)',
    ],
    [
      'leadStatuses not numeric',
      {
        types: [EventType.LEAD_STATUS_CHANGED],
        valueAfter: { leadStatuses: [{ pipelineId: '12345', statusId: 'won' }] },
      },
      'filter.valueAfter.leadStatuses',
      '"won" is not a Kommo id (a positive whole number)',
    ],
    [
      'responsibleUserIds with another type',
      { types: [EventType.LEAD_ADDED], valueAfter: { responsibleUserIds: ['5'] } },
      'filter.valueAfter.responsibleUserIds',
      'responsibleUserIds is only available with types: [ENTITY_RESPONSIBLE_CHANGED]',
    ],
    [
      'responsibleUserIds without types',
      { valueBefore: { responsibleUserIds: ['5'] } },
      'filter.valueBefore.responsibleUserIds',
      'responsibleUserIds is only available with types: [ENTITY_RESPONSIBLE_CHANGED]',
    ],
    [
      'responsibleUserIds empty',
      { types: [EventType.ENTITY_RESPONSIBLE_CHANGED], valueAfter: { responsibleUserIds: [] } },
      'filter.valueAfter.responsibleUserIds',
      'must not be an empty list (omit it instead)',
    ],
    [
      'responsibleUserIds zero',
      { types: [EventType.ENTITY_RESPONSIBLE_CHANGED], valueAfter: { responsibleUserIds: ['0'] } },
      'filter.valueAfter.responsibleUserIds',
      '"0" is not a Kommo id (a positive whole number)',
    ],
    [
      'customFieldEnumIds without customFieldId',
      { types: [EventType.CUSTOM_FIELD_VALUE_CHANGED], valueAfter: { customFieldEnumIds: ['145'] } },
      'filter.valueAfter.customFieldEnumIds',
      'customFieldEnumIds is only available with customFieldId',
    ],
    [
      'customFieldEnumIds empty',
      { customFieldId: '777', valueAfter: { customFieldEnumIds: [] } },
      'filter.valueAfter.customFieldEnumIds',
      'must not be an empty list (omit it instead)',
    ],
    [
      'customFieldEnumIds not numeric',
      { customFieldId: '777', valueAfter: { customFieldEnumIds: ['1.5'] } },
      'filter.valueAfter.customFieldEnumIds',
      '"1.5" is not a Kommo id (a positive whole number)',
    ],
    [
      'eleven entity ids',
      { entityTypes: [LEAD], entityIds: ELEVEN },
      'filter.entityIds',
      'at most 10 ids are allowed, got 11',
    ],
    [
      'entityIds without an entity type',
      { entityIds: ['1'] },
      'filter.entityIds',
      'entityIds requires exactly one entity type in entityTypes',
    ],
    [
      'entityIds with two entity types',
      { entityTypes: [LEAD, CONTACT], entityIds: ['1'] },
      'filter.entityIds',
      'entityIds requires exactly one entity type in entityTypes',
    ],
    [
      'entityIds with an empty entityTypes',
      { entityTypes: [], entityIds: ['1'] },
      'filter.entityTypes',
      'must not be an empty list (omit it instead)',
    ],
    [
      'entityIds empty',
      { entityTypes: [LEAD], entityIds: [] },
      'filter.entityIds',
      'must not be an empty list (omit it instead)',
    ],
    [
      'entityIds not numeric',
      { entityTypes: [LEAD], entityIds: ['1', 'abc'] },
      'filter.entityIds',
      '"abc" is not a Kommo id (a positive whole number)',
    ],
    ['eleven creators', { createdBy: ELEVEN }, 'filter.createdBy', 'at most 10 ids are allowed, got 11'],
    ['createdBy empty', { createdBy: [] }, 'filter.createdBy', 'must not be an empty list (omit it instead)'],
    [
      'createdBy not numeric',
      { createdBy: ['-1'] },
      'filter.createdBy',
      '"-1" is not a Kommo id (a positive whole number)',
    ],
    ['ids empty', { ids: [] }, 'filter.ids', 'must not be an empty list (omit it instead)'],
    ['a blank event id', { ids: ['01pz58t6p04ymgsgfbmfyfy1mf', ' '] }, 'filter.ids', 'event ids must not be blank'],
    ['types empty', { types: [] }, 'filter.types', 'must not be an empty list (omit it instead)'],
    [
      'value with types null',
      { types: null, valueAfter: { value: '1' } } as unknown as EventFilter,
      'filter.valueAfter.value',
      VALUE_RULE,
    ],
    [
      'createdAt from after to',
      {
        createdAt: { from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-01-31T23:59:59Z') },
      },
      'filter.createdAt',
      'from must not be later than to',
    ],
  ])('rejects %s', (_name, filter, field, rule) => {
    expectRejected(filter, field, rule);
  });
});
