import type { SimResponse } from '../../http';
import { asInt, asScalarText } from '../../../lib/decode';
import { validationFailed } from '../responses';
import { child, firstOf, groupsOf, intListOf, listOf, rangeOf, type QueryNode } from '../query/tree';
import { perFieldEventFieldId } from '../seed/event-catalogue';
import { allOf, inRange, payloads, type Predicate } from './match';

/**
 * Events `filter[...]` (reference §6.1, §6.2): the predicate, or the 400 problem Kommo answers for
 * a combination it refuses.
 */

const SINGULAR: Readonly<Record<string, string>> = {
  leads: 'lead',
  contacts: 'contact',
  companies: 'company',
  customers: 'customer',
  tasks: 'task',
};

/** Types that accept `filter[value_before|value_after][value]`. */
const VALUE_TYPES = new Set([
  'nps_rate_added',
  'sale_field_changed',
  'name_field_changed',
  'ltv_field_changed',
  'custom_field_value_changed',
]);

export const MAX_EVENT_FILTER_IDS = 10;

export function eventFilter(filter: QueryNode | undefined): Predicate | SimResponse {
  const types = listOf(child(filter, 'type'));
  const entities = listOf(child(filter, 'entity'))?.map((entity) => SINGULAR[entity] ?? entity);
  const entityIds = intListOf(child(filter, 'entity_id'));
  const createdBy = intListOf(child(filter, 'created_by'));
  const perField = (types ?? []).filter((type) => perFieldEventFieldId(type) !== undefined);

  if (perField.length > 0 && (types?.length ?? 0) > 1) {
    return validationFailed(
      'filter.type',
      'custom_field_{FIELD_ID}_value_changed cannot be combined with other event types',
    );
  }
  if (entityIds && entities?.length !== 1) {
    return validationFailed('filter.entity_id', 'filter[entity_id] requires exactly one filter[entity]');
  }
  if ((entityIds?.length ?? 0) > MAX_EVENT_FILTER_IDS)
    return validationFailed('filter.entity_id', 'No more than 10 entity ids');
  if ((createdBy?.length ?? 0) > MAX_EVENT_FILTER_IDS)
    return validationFailed('filter.created_by', 'No more than 10 users');

  const sides: Array<Predicate | undefined> = [];
  for (const side of ['value_before', 'value_after'] as const) {
    const node = child(filter, side);
    if (!node) continue;
    if (child(node, 'custom_field_values') && perField.length !== 1) {
      return validationFailed(
        `filter.${side}.custom_field_values`,
        'Allowed only with exactly one custom_field_{FIELD_ID}_value_changed type',
      );
    }
    if (
      child(node, 'value') &&
      (!types || !types.every((type) => VALUE_TYPES.has(type) || perFieldEventFieldId(type) !== undefined))
    ) {
      return validationFailed(`filter.${side}.value`, `Allowed only with the types ${[...VALUE_TYPES].join(', ')}`);
    }
    sides.push(valueFilter(node, side));
  }

  const ids = listOf(child(filter, 'id'));
  const createdAt = rangeOf(child(filter, 'created_at'));
  return allOf([
    ids ? (event) => ids.includes(String(event.id)) : undefined,
    types ? (event) => typeof event.type === 'string' && types.includes(event.type) : undefined,
    entities ? (event) => typeof event.entity_type === 'string' && entities.includes(event.entity_type) : undefined,
    entityIds ? (event) => entityIds.includes(asInt(event.entity_id) ?? NaN) : undefined,
    createdBy ? (event) => createdBy.includes(asInt(event.created_by) ?? NaN) : undefined,
    createdAt ? (event) => inRange(event.created_at, createdAt) : undefined,
    ...sides,
  ]);
}

/** The scalar `[value]` compares with, per payload key. */
const VALUE_OF: ReadonlyArray<readonly [string, string]> = [
  ['nps', 'rate'],
  ['sale_field_value', 'sale'],
  ['name_field_value', 'name'],
  ['ltv_field_value', 'ltv'],
  ['custom_field_value', 'text'],
];

function valueFilter(node: QueryNode, side: 'value_before' | 'value_after'): Predicate | undefined {
  const statuses = groupsOf(child(node, 'leads_statuses')).map((group) => ({
    pipelineId: asInt(firstOf(child(group, 'pipeline_id'))),
    statusId: asInt(firstOf(child(group, 'status_id'))),
  }));
  const responsible = intListOf(child(node, 'responsible_user_id'));
  const enumIds = intListOf(child(node, 'custom_field_values'));
  const exact = firstOf(child(node, 'value'));
  return allOf([
    statuses.length > 0
      ? (event) =>
          payloads(event[side], 'lead_status').some((status) =>
            statuses.some(
              (pair) =>
                (pair.statusId === undefined || asInt(status.id) === pair.statusId) &&
                (pair.pipelineId === undefined || asInt(status.pipeline_id) === pair.pipelineId),
            ),
          )
      : undefined,
    responsible
      ? (event) => payloads(event[side], 'responsible_user').some((user) => responsible.includes(asInt(user.id) ?? NaN))
      : undefined,
    enumIds
      ? (event) =>
          payloads(event[side], 'custom_field_value').some((value) => enumIds.includes(asInt(value.enum_id) ?? NaN))
      : undefined,
    exact !== undefined
      ? (event) =>
          VALUE_OF.some(([key, field]) =>
            payloads(event[side], key).some((payload) => asScalarText(payload[field]) === exact),
          )
      : undefined,
  ]);
}

export function isPredicate(value: Predicate | SimResponse): value is Predicate {
  return typeof value === 'function';
}
