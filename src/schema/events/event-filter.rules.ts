import type { InputChecks } from '../common/input-checks';
import { atMost, kommoId, kommoIds, nonEmpty, orderedRange } from '../common/input-rules';
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
 * Every rule Kommo states for GET /api/v4/events (seeds 000 and 001, reference §6). A rule that
 * depends on another field (`entityIds` on `entityTypes`, value filters on `types`) is judged
 * only when that field is sound: an empty list is reported once, not again through its dependants.
 */
export function checkEventFilter(c: InputChecks, input: EventFilter): void {
  const filter = withoutNulls(input);
  const { types, customFieldId, entityTypes, entityIds, createdBy, createdAt } = filter;
  const ids = nonEmpty(c, 'filter.ids', filter.ids);
  const typesSound = types === undefined || nonEmpty(c, 'filter.types', types);
  const entityTypesSound = entityTypes === undefined || nonEmpty(c, 'filter.entityTypes', entityTypes);
  if (ids && filter.ids?.some((id) => id.trim() === '')) c.fail('filter.ids', 'event ids must not be blank');
  if (kommoId(c, 'filter.customFieldId', customFieldId) && types !== undefined && typesSound) {
    c.fail(
      'filter.customFieldId',
      'custom_field_{ID}_value_changed must be the only event type: do not combine customFieldId with types',
    );
  }
  if (
    nonEmpty(c, 'filter.entityIds', entityIds) &&
    kommoIds(c, 'filter.entityIds', entityIds) &&
    atMost(c, 'filter.entityIds', entityIds, MAX_LISTED_IDS) &&
    entityTypesSound &&
    entityTypes?.length !== 1
  ) {
    c.fail('filter.entityIds', 'entityIds requires exactly one entity type in entityTypes');
  }
  if (nonEmpty(c, 'filter.createdBy', createdBy)) {
    // User 0 is Kommo's robot/system author, so it is a valid creator to filter on.
    const users = createdBy.filter((id) => id !== '0');
    if (kommoIds(c, 'filter.createdBy', users)) atMost(c, 'filter.createdBy', createdBy, MAX_LISTED_IDS);
  }
  orderedRange(c, 'filter.createdAt', createdAt);
  checkValueFilter(c, 'filter.valueBefore', filter.valueBefore, filter, typesSound);
  checkValueFilter(c, 'filter.valueAfter', filter.valueAfter, filter, typesSound);
}

function checkValueFilter(
  c: InputChecks,
  field: string,
  value: EventValueFilter | undefined,
  filter: EventFilter,
  typesSound: boolean,
): void {
  if (value === undefined) return;
  // True when the filter's types are not all among `allowed` (none given counts); unsound types are not judged twice.
  const outside = (allowed: readonly EventTypeKey[]): boolean =>
    typesSound && !(filter.types?.every((type) => allowed.includes(type)) ?? false);
  if (nonEmpty(c, `${field}.leadStatuses`, value.leadStatuses)) {
    if (outside(['lead_status_changed']))
      c.fail(`${field}.leadStatuses`, 'leadStatuses is only available with types: [LEAD_STATUS_CHANGED]');
    else
      kommoIds(
        c,
        `${field}.leadStatuses`,
        value.leadStatuses.flatMap((s) => [s.pipelineId, s.statusId]),
      );
  }
  if (nonEmpty(c, `${field}.responsibleUserIds`, value.responsibleUserIds)) {
    if (outside(['entity_responsible_changed'])) {
      c.fail(
        `${field}.responsibleUserIds`,
        'responsibleUserIds is only available with types: [ENTITY_RESPONSIBLE_CHANGED]',
      );
    } else kommoIds(c, `${field}.responsibleUserIds`, value.responsibleUserIds);
  }
  if (nonEmpty(c, `${field}.customFieldEnumIds`, value.customFieldEnumIds)) {
    if (filter.customFieldId === undefined)
      c.fail(`${field}.customFieldEnumIds`, 'customFieldEnumIds is only available with customFieldId');
    else kommoIds(c, `${field}.customFieldEnumIds`, value.customFieldEnumIds);
  }
  if (value.value !== undefined && outside(VALUE_TYPES)) {
    c.fail(
      `${field}.value`,
      'value is only available with types among NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED',
    );
  }
}
