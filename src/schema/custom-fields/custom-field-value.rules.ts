import type { KommoEntityType } from '../common/entity-type.enum';
import type { CustomFieldDefinition } from './custom-field-definition.type';
import type { CustomFieldValueInput, CustomFieldValueItemInput } from './custom-field-value.input';
import { given, kommoId, notBlank } from '../common/input-rules';
import { problem, type InputProblem } from '../common/bad-user-input';
import type { InputChecks } from '../common/input-checks';

/**
 * `customFieldsValues`: first the shape of each entry, then (one definitions call per entity type
 * and request) whether the field exists and each value fits its type and options.
 */

type ValueKey = 'text' | 'number' | 'boolean' | 'date' | 'enumId' | 'enumCode';
const VALUE_KEYS: readonly ValueKey[] = ['text', 'number', 'boolean', 'date', 'enumId', 'enumCode'];
const PLAIN_KEYS: readonly string[] = ['text', 'number', 'boolean', 'date'];

/** Field types Ponte writes, with the value combinations each takes. */
const ACCEPTS: ReadonlyArray<[types: readonly string[], combos: readonly string[], wording: string]> = [
  [['text', 'textarea', 'url', 'streetaddress'], ['text'], 'text'],
  [['numeric', 'price', 'monetary'], ['number'], 'number'],
  [['checkbox'], ['boolean'], 'boolean'],
  [['date', 'date_time', 'birthday'], ['date'], 'date'],
  [
    ['select', 'multiselect', 'radiobutton'],
    ['enumId', 'enumCode', 'text'],
    "one of enumId, enumCode or text (an option's value)",
  ],
  [['multitext'], ['text', 'enumId+text', 'enumCode+text'], 'text, optionally with enumId or enumCode'],
];
const MULTI_VALUED = new Set(['multiselect', 'multitext']);

function keysOf(item: CustomFieldValueItemInput): string {
  return VALUE_KEYS.filter((key) => given(item[key]))
    .sort()
    .join('+');
}

export function checkCustomFields(
  c: InputChecks,
  field: string,
  entries: readonly CustomFieldValueInput[],
  type: KommoEntityType,
): void {
  const seen = new Set<string>();
  const sound: Array<[at: string, entry: CustomFieldValueInput]> = [];
  entries.forEach((entry, index) => {
    const at = `${field}[${index}]`;
    if (given(entry.fieldId) === given(entry.fieldCode)) return c.fail(at, 'set exactly one of fieldId and fieldCode');
    if (given(entry.fieldId) && !kommoId(c, `${at}.fieldId`, entry.fieldId)) return;
    notBlank(c, `${at}.fieldCode`, entry.fieldCode);
    // The same id or code twice needs no lookup; an id and a code of one field are caught below.
    const key = entry.fieldId ?? `code:${entry.fieldCode ?? ''}`;
    if (seen.has(key)) return c.fail(at, 'names the same field as an earlier entry');
    seen.add(key);
    const shapes = entry.values.map((item, position) => checkShape(c, `${at}.values[${position}]`, item));
    if (shapes.every(Boolean)) sound.push([at, entry]);
  });
  if (sound.length === 0) return;
  c.lookup(async (loaders) => {
    const definitions = await loaders.customFields(type);
    const resolved = new Set<string>();
    return sound.flatMap(([at, entry]) => {
      const definition = definitions.find((def) =>
        given(entry.fieldId) ? def.id === entry.fieldId : def.code === entry.fieldCode,
      );
      if (definition === undefined) {
        return given(entry.fieldId)
          ? [problem(`${at}.fieldId`, `no ${type} custom field with id ${entry.fieldId}`)]
          : [problem(`${at}.fieldCode`, `no ${type} custom field with code ${JSON.stringify(entry.fieldCode)}`)];
      }
      if (resolved.has(definition.id))
        return [problem(at, `names field ${definition.id} "${definition.name}", as an earlier entry does`)];
      resolved.add(definition.id);
      return fit(definition, entry.values, at);
    });
  });
}

function checkShape(c: InputChecks, at: string, item: CustomFieldValueItemInput): boolean {
  const wrong = shapeProblem(item);
  if (wrong !== undefined) {
    c.fail(wrong.key === undefined ? at : `${at}.${wrong.key}`, wrong.rule);
    return false;
  }
  return !given(item.enumId) || kommoId(c, `${at}.enumId`, item.enumId);
}

function shapeProblem(item: CustomFieldValueItemInput): { key?: ValueKey; rule: string } | undefined {
  const keys = keysOf(item)
    .split('+')
    .filter((key) => key !== '');
  if (keys.length === 0) return { rule: 'set a value: text, number, boolean, date, enumId or enumCode' };
  if (keys.filter((key) => PLAIN_KEYS.includes(key)).length > 1)
    return { rule: 'set only one of text, number, boolean and date' };
  if (given(item.enumId) && given(item.enumCode)) return { rule: 'set at most one of enumId and enumCode' };
  if (given(item.text) && item.text.trim() === '')
    return { key: 'text', rule: 'must not be blank (an empty values list clears the field)' };
  if (given(item.number) && Math.abs(item.number) >= 1e15)
    return { key: 'number', rule: 'must be below 1e15 in magnitude' };
  return undefined;
}

function fit(def: CustomFieldDefinition, values: readonly CustomFieldValueItemInput[], at: string): InputProblem[] {
  const name = `field ${def.id} "${def.name}" is ${def.type} and`;
  const accepts = ACCEPTS.find(([types]) => types.includes(def.type));
  if (!accepts) return [problem(at, `${name} cannot be written through Ponte`)];
  if (values.length > 1 && !MULTI_VALUED.has(def.type)) return [problem(`${at}.values`, `${name} takes one value`)];
  return values.flatMap((item, position) => {
    const valueAt = `${at}.values[${position}]`;
    if (!accepts[1].includes(keysOf(item))) return [problem(valueAt, `${name} takes ${accepts[2]}`)];
    return optionProblems(def, item, valueAt, name);
  });
}

/** Options match by id, by code (Kommo's multitext codes are the option values, e.g. WORK) or, for selects, by value. */
function optionProblems(
  def: CustomFieldDefinition,
  item: CustomFieldValueItemInput,
  at: string,
  name: string,
): InputProblem[] {
  const has = (test: (option: CustomFieldDefinition['enums'][number]) => boolean) => def.enums.some(test);
  if (given(item.enumId) && !has((option) => option.id === item.enumId))
    return [problem(`${at}.enumId`, `${name} has no option ${item.enumId}`)];
  if (given(item.enumCode) && !has((option) => (option.code ?? option.value) === item.enumCode)) {
    return [problem(`${at}.enumCode`, `${name} has no option with code ${JSON.stringify(item.enumCode)}`)];
  }
  if (
    def.type !== 'multitext' &&
    def.enums.length > 0 &&
    given(item.text) &&
    !has((option) => option.value === item.text)
  ) {
    return [problem(`${at}.text`, `${name} has no option ${JSON.stringify(item.text)}`)];
  }
  return [];
}
