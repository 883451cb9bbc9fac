import { atMost, fail, kommoIds, nonEmpty, orderedRange } from '../common/input-rules';
import type { EventTypeKey } from './event-type.enum';
import { withoutNulls, type EventFilter, type EventValueFilter } from './event-filter.input';

const VALUE_TYPES: readonly EventTypeKey[] = [
  'nps_rate_added',
  'sale_field_changed',
  'name_field_changed',
  'ltv_field_changed',
  'custom_field_value_changed',
];
const MAX_LISTED_IDS = 10;

/**
 * Every rule Kommo states for GET /api/v4/events (seeds 000 and 001, reference §6). A violation
 * throws BAD_USER_INPUT naming the rule, before anything is sent upstream.
 */
export function assertValidEventFilter(input: EventFilter): void {
  const filter = withoutNulls(input);
  const { types, customFieldId, entityTypes, entityIds, createdBy, createdAt } = filter;
  nonEmpty('filter.ids', filter.ids);
  nonEmpty('filter.types', types);
  nonEmpty('filter.entityTypes', entityTypes);
  if (filter.ids?.some((id) => id.trim() === '')) fail('filter.ids', 'event ids must not be blank');
  if (customFieldId !== undefined) {
    kommoIds('filter.customFieldId', [customFieldId]);
    if (types !== undefined) {
      fail(
        'filter.customFieldId',
        'custom_field_{ID}_value_changed must be the only event type: do not combine customFieldId with types',
      );
    }
  }
  if (entityIds !== undefined) {
    nonEmpty('filter.entityIds', entityIds);
    kommoIds('filter.entityIds', entityIds);
    atMost('filter.entityIds', entityIds, MAX_LISTED_IDS);
    if (entityTypes?.length !== 1)
      fail('filter.entityIds', 'entityIds requires exactly one entity type in entityTypes');
  }
  if (createdBy !== undefined) {
    nonEmpty('filter.createdBy', createdBy);
    // User 0 is Kommo's robot/system author, so it is a valid creator to filter on.
    kommoIds(
      'filter.createdBy',
      createdBy.filter((id) => id !== '0'),
    );
    atMost('filter.createdBy', createdBy, MAX_LISTED_IDS);
  }
  orderedRange('filter.createdAt', createdAt);
  assertValueFilter('filter.valueBefore', filter.valueBefore, filter);
  assertValueFilter('filter.valueAfter', filter.valueAfter, filter);
}

function assertValueFilter(field: string, value: EventValueFilter | undefined, filter: EventFilter): void {
  if (value === undefined) return;
  const onlyTypes = (allowed: readonly EventTypeKey[]): boolean =>
    filter.types !== undefined && filter.types.length > 0 && filter.types.every((type) => allowed.includes(type));
  if (value.leadStatuses !== undefined) {
    nonEmpty(`${field}.leadStatuses`, value.leadStatuses);
    if (!onlyTypes(['lead_status_changed']))
      fail(`${field}.leadStatuses`, 'leadStatuses is only available with types: [LEAD_STATUS_CHANGED]');
    kommoIds(
      `${field}.leadStatuses`,
      value.leadStatuses.flatMap((s) => [s.pipelineId, s.statusId]),
    );
  }
  if (value.responsibleUserIds !== undefined) {
    nonEmpty(`${field}.responsibleUserIds`, value.responsibleUserIds);
    if (!onlyTypes(['entity_responsible_changed'])) {
      fail(
        `${field}.responsibleUserIds`,
        'responsibleUserIds is only available with types: [ENTITY_RESPONSIBLE_CHANGED]',
      );
    }
    kommoIds(`${field}.responsibleUserIds`, value.responsibleUserIds);
  }
  if (value.customFieldEnumIds !== undefined) {
    nonEmpty(`${field}.customFieldEnumIds`, value.customFieldEnumIds);
    if (filter.customFieldId === undefined)
      fail(`${field}.customFieldEnumIds`, 'customFieldEnumIds is only available with customFieldId');
    kommoIds(`${field}.customFieldEnumIds`, value.customFieldEnumIds);
  }
  if (value.value !== undefined && !onlyTypes(VALUE_TYPES)) {
    fail(
      `${field}.value`,
      'value is only available with types among NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED',
    );
  }
}
