import type { PeopleWriteInput, RecordWriteInput } from '../../schema/common/record-write.input';
import type { TagRefInput } from '../../schema/common/tag-ref.input';
import type {
  CustomFieldValueInput,
  CustomFieldValueItemInput,
} from '../../schema/custom-fields/custom-field-value.input';
import { toUnixSeconds } from '../../lib/decode';
import { decimalString, put, putId, putTime, type WriteRow } from './write-row';

/**
 * The parts of a write body every record shares. Builders take validated input (see
 * `schema/writes`) and keep its order, so Kommo's error paths (`custom_fields_values.2.values.0`)
 * point back at the same input positions.
 */

export function peopleRow(input: PeopleWriteInput): WriteRow {
  const row: WriteRow = {};
  putId(row, 'responsible_user_id', input.responsibleUserId);
  putId(row, 'created_by', input.createdBy);
  putId(row, 'updated_by', input.updatedBy);
  putTime(row, 'created_at', input.createdAt);
  putTime(row, 'updated_at', input.updatedAt);
  return row;
}

export function recordRow(input: RecordWriteInput): WriteRow {
  const row = peopleRow(input);
  if (input.tagsToAdd) row['tags_to_add'] = input.tagsToAdd.map(tagRef);
  if (input.tagsToDelete) row['tags_to_delete'] = input.tagsToDelete.map(tagRef);
  if (input.customFieldsValues) row['custom_fields_values'] = input.customFieldsValues.map(fieldValuesRow);
  return row;
}

function tagRef(ref: TagRefInput): WriteRow {
  return ref.id !== undefined && ref.id !== null ? { id: Number(ref.id) } : { name: ref.name?.trim() ?? '' };
}

/** `values: null` clears the field in Kommo; an empty input list asks for exactly that. */
function fieldValuesRow(input: CustomFieldValueInput): WriteRow {
  const row: WriteRow = {};
  if (input.fieldId !== undefined && input.fieldId !== null) row['field_id'] = Number(input.fieldId);
  else put(row, 'field_code', input.fieldCode);
  row['values'] = input.values.length === 0 ? null : input.values.map(valueRow);
  return row;
}

/** Kommo takes numbers of numeric fields as strings ("1.5") and dates as Unix seconds. */
function valueRow(item: CustomFieldValueItemInput): WriteRow {
  const row: WriteRow = {};
  put(row, 'value', item.text);
  if (item.number !== undefined && item.number !== null) row['value'] = decimalString(item.number);
  put(row, 'value', item.boolean);
  if (item.date !== undefined && item.date !== null) row['value'] = toUnixSeconds(item.date);
  putId(row, 'enum_id', item.enumId);
  put(row, 'enum_code', item.enumCode);
  return row;
}
