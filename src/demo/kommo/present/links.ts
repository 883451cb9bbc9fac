import type { KommoRecord } from '../store';

/** Absolute `_links` for served records (a record that already has `_links` keeps them). */

export interface Href {
  href: string;
}

export function selfLink(href: string): { self: Href } {
  return { self: { href } };
}

/** `{...record, _links}` with `_links` placed before `_embedded`, as Kommo orders them. */
export function withSelf(record: KommoRecord, href: string): KommoRecord {
  const { _links, _embedded, ...fields } = record;
  const out: KommoRecord = { ...fields, _links: _links ?? selfLink(href) };
  if (_embedded !== undefined) out._embedded = _embedded;
  return out;
}

/** Path of an entity by its singular event `entity_type` or plural kind. */
export function entityPath(type: string): string {
  const plural: Readonly<Record<string, string>> = {
    lead: 'leads',
    contact: 'contacts',
    company: 'companies',
    task: 'tasks',
    customer: 'customers',
    catalog_element: 'catalogs/elements',
  };
  return `/api/v4/${plural[type] ?? type}`;
}
