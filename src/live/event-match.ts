import { asArray, asId, asScalarText, isRecord } from '../lib/decode';
import { withoutNulls, type EventFilter, type EventValueFilter } from '../schema/events/event-filter.input';
import type { KommoEvent } from '../schema/events/kommo-event.interface';

/** The scalar an exact `value` filter compares with, per payload key (Kommo's filtration docs). */
const VALUE_OF: ReadonlyArray<readonly [string, string]> = [
  ['nps', 'rate'],
  ['sale_field_value', 'sale'],
  ['name_field_value', 'name'],
  ['ltv_field_value', 'ltv'],
  ['custom_field_value', 'text'],
];

/**
 * Whether a delivered event is one `Query.events` would list for the same (validated) filter:
 * the subscription's filter means what the feed's means.
 */
export function eventMatches(event: KommoEvent, input: EventFilter | null | undefined): boolean {
  if (input === null || input === undefined) return true;
  const filter = withoutNulls(input);
  const within = (values: readonly string[] | undefined, value: string): boolean =>
    values === undefined || values.includes(value);
  const type = filter.customFieldId === undefined ? undefined : `custom_field_${filter.customFieldId}_value_changed`;
  const { from, to } = filter.createdAt ?? {};
  return (
    within(filter.ids, event.id) &&
    within(filter.types, event.type) &&
    (type === undefined || event.type === type) &&
    within(filter.entityTypes, event.entityType) &&
    within(filter.entityIds, event.entityId) &&
    within(filter.createdBy, String(event.createdById)) &&
    (from === undefined || from === null || event.createdAt >= from) &&
    (to === undefined || to === null || event.createdAt <= to) &&
    valueMatches(event.valueBefore, filter.valueBefore) &&
    valueMatches(event.valueAfter, filter.valueAfter)
  );
}

function valueMatches(side: unknown, input: EventValueFilter | undefined): boolean {
  if (input === undefined) return true;
  const { leadStatuses, responsibleUserIds, customFieldEnumIds, value } = input;
  const ids = (key: string, field: string): string[] =>
    payloads(side, key).flatMap((payload) => asId(payload[field]) ?? []);
  if (leadStatuses !== undefined && leadStatuses !== null) {
    const statuses = payloads(side, 'lead_status');
    const hit = statuses.some((status) =>
      leadStatuses.some(
        (pair) => asId(status['id']) === pair.statusId && asId(status['pipeline_id']) === pair.pipelineId,
      ),
    );
    if (!hit) return false;
  }
  if (responsibleUserIds !== undefined && responsibleUserIds !== null) {
    if (!ids('responsible_user', 'id').some((id) => responsibleUserIds.includes(id))) return false;
  }
  if (customFieldEnumIds !== undefined && customFieldEnumIds !== null) {
    if (!ids('custom_field_value', 'enum_id').some((id) => customFieldEnumIds.includes(id))) return false;
  }
  if (value !== undefined && value !== null) {
    const exact = VALUE_OF.some(([key, field]) =>
      payloads(side, key).some((payload) => asScalarText(payload[field]) === value),
    );
    if (!exact) return false;
  }
  return true;
}

/** The single-key objects of a `value_before` / `value_after` array, payload under `key`. */
function payloads(side: unknown, key: string): Array<Record<string, unknown>> {
  return (asArray(side) ?? []).flatMap((item) => {
    const payload = isRecord(item) ? item[key] : undefined;
    return isRecord(payload) ? [payload] : [];
  });
}
