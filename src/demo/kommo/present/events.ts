import { asInt, isRecord } from '../../../lib/decode';
import type { KommoRecord, KommoStore } from '../store';
import { entityPath, selfLink } from './links';

/** Which `with=` value adds `_embedded.entity.name` for which entity type. */
const NAME_WITH: Readonly<Record<string, { with: string; list: (store: KommoStore) => KommoRecord[] }>> = {
  lead: { with: 'lead_name', list: (store) => store.leads },
  contact: { with: 'contact_name', list: (store) => store.contacts },
  company: { with: 'company_name', list: (store) => store.companies },
};

/**
 * An event as served: `_links.self` and `_embedded.entity {id, _links[, name]}`; a stored
 * `_links`/`_embedded` wins, and malformed records are served as they are.
 */
export function presentEvent(
  record: KommoRecord,
  origin: string,
  withSet: ReadonlySet<string>,
  store: KommoStore,
): KommoRecord {
  const { _links, _embedded, ...fields } = record;
  const served: KommoRecord = { ...fields, _links: _links ?? selfLink(`${origin}/api/v4/events/${String(record.id)}`) };
  if (_embedded !== undefined) {
    served._embedded = _embedded;
    return served;
  }
  const type = typeof record.entity_type === 'string' ? record.entity_type : undefined;
  const id = asInt(record.entity_id);
  if (type === undefined || id === undefined) return served;
  const entity: KommoRecord = { id, _links: selfLink(`${origin}${entityPath(type)}/${id}`) };
  const naming = NAME_WITH[type];
  if (naming && withSet.has(naming.with)) {
    const found = naming.list(store).find((item) => isRecord(item) && asInt(item.id) === id);
    if (found && typeof found.name === 'string') entity.name = found.name;
  }
  served._embedded = { entity };
  return served;
}
