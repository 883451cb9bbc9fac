import { entityTypeFromUpstream, type KommoEntityType } from '../../schema/common/entity-type.enum';

/** The records one Kommo webhook names, by entity type (ids as Kommo spells them). */
export type NamedRecords = Map<KommoEntityType, Set<string>>;

/** `leads[status][0][id]`, `task[add][0][id]`, `contacts[note][0][note][element_id]`. */
const ITEM_KEY = /^([a-z_]+)\[([a-z_]+)\]\[(\d+)\]((?:\[[a-z_]+\])+)$/;

/**
 * Reads Kommo's webhook body (`application/x-www-form-urlencoded`, one `{entity}[{action}][{n}][…]`
 * group per changed record: `leads[status]`, `leads[add]`, `leads[update]`, `leads[delete]`,
 * `leads[responsible]`, `leads[note]`, `contacts[…]`, `companies[…]`, `customers[…]`, `task[…]`)
 * into the records it names. Keys Ponte has no event feed for (`unsorted`, `message`, `talk`,
 * `account[…]`) and malformed ids are skipped: Kommo adds keys, and a receiver must not break on them.
 */
export function recordsNamedBy(body: string): NamedRecords {
  const items = new Map<string, { entity: string; fields: Map<string, string> }>();
  for (const [key, value] of new URLSearchParams(body)) {
    const match = ITEM_KEY.exec(key);
    if (match === null) continue;
    const [, entity = '', action = '', index = '', field = ''] = match;
    const item = `${entity}[${action}][${index}]`;
    const found = items.get(item) ?? { entity, fields: new Map<string, string>() };
    found.fields.set(field, value);
    items.set(item, found);
  }
  const named: NamedRecords = new Map();
  for (const { entity, fields } of items.values()) {
    // A note names its record as element_id; a contact group may carry a company (type=company).
    const id = fields.get('[note][element_id]') ?? fields.get('[id]');
    const type = entityTypeFromUpstream(fields.get('[type]') === 'company' ? 'company' : entity);
    if (type === undefined || id === undefined || !/^[1-9]\d*$/.test(id)) continue;
    const ids = named.get(type) ?? new Set<string>();
    ids.add(id);
    named.set(type, ids);
  }
  return named;
}
