import { asArray, asId, asInt, isRecord } from '../../../lib/decode';
import type { KommoEntityKind } from '../records';
import type { KommoRecord, KommoStore } from '../store';
import { entityPath, selfLink, withSelf } from './links';

/**
 * Serving leads, contacts and companies: `_links`, and the `_embedded` lists Kommo only sends
 * for the matching `with=` value (lead contacts, contact leads, company leads/contacts, loss reason).
 */

const GATED: Readonly<Record<KommoEntityKind, readonly string[]>> = {
  leads: ['contacts', 'catalog_elements', 'source'],
  contacts: ['leads', 'customers', 'catalog_elements'],
  companies: ['leads', 'contacts', 'customers', 'catalog_elements'],
};

export interface PresentContext {
  origin: string;
  withSet: ReadonlySet<string>;
  store: KommoStore;
}

function linkRefs(origin: string, key: string, value: unknown): unknown {
  const items = asArray(value);
  if (!items) return value;
  return items.map((item) =>
    isRecord(item) && item._links === undefined && asId(item.id) !== undefined
      ? { ...item, _links: selfLink(`${origin}${entityPath(key)}/${asId(item.id)}`) }
      : item,
  );
}

export function presentEntity(record: KommoRecord, kind: KommoEntityKind, ctx: PresentContext): KommoRecord {
  const served = withSelf(record, `${ctx.origin}${entityPath(kind)}/${String(record.id)}`);
  if (kind === 'leads') {
    if (ctx.withSet.has('is_price_modified_by_robot'))
      served.is_price_modified_by_robot = record.is_price_modified_by_robot ?? false;
    if (ctx.withSet.has('source_id')) served.source_id = record.source_id ?? null;
  }
  const embedded: KommoRecord = isRecord(record._embedded) ? { ...record._embedded } : {};
  embedded.tags = embedded.tags ?? [];
  if (kind !== 'companies') embedded.companies = embedded.companies ?? [];
  for (const key of GATED[kind]) {
    if (!ctx.withSet.has(key)) delete embedded[key];
    else embedded[key] = embedded[key] ?? (key === 'source' ? null : []);
  }
  for (const key of ['companies', 'contacts', 'leads'])
    if (key in embedded) embedded[key] = linkRefs(ctx.origin, key, embedded[key]);
  if (kind === 'leads' && ctx.withSet.has('loss_reason')) {
    const reason = ctx.store.lossReasons.find(
      (item) => asInt(item.id) !== undefined && asInt(item.id) === asInt(record.loss_reason_id),
    );
    embedded.loss_reason = reason
      ? [withSelf(reason, `${ctx.origin}/api/v4/leads/loss_reasons/${String(reason.id)}`)]
      : [];
  }
  served._embedded = embedded;
  return served;
}

export function presentTask(record: KommoRecord, origin: string): KommoRecord {
  return withSelf(record, `${origin}/api/v4/tasks/${String(record.id)}`);
}

export function presentNote(record: KommoRecord, kind: KommoEntityKind, origin: string): KommoRecord {
  return withSelf(record, `${origin}/api/v4/${kind}/${String(record.entity_id)}/notes/${String(record.id)}`);
}
