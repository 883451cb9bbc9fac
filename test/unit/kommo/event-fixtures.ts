import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import type { KommoEvent } from '../../../src/schema/events/kommo-event.interface';

/** The envelope every decoded-event test shares (reference §4.7). */
export const ENVELOPE = {
  id: '01pz58t6p04ymgsgfbmfyfy1mf',
  entity_id: 6232965,
  entity_type: 'lead',
  created_by: 504329,
  created_at: 1573595900,
  account_id: 28805383,
  _links: { self: { href: 'https://acme.kommo.com/api/v4/events/01pz58t6p04ymgsgfbmfyfy1mf' } },
} as const;

/** A raw Kommo event; `undefined` leaves value_before/value_after out of the row. */
export function rawEvent(type: string, before: unknown, after: unknown): Record<string, unknown> {
  const row: Record<string, unknown> = { ...ENVELOPE, type };
  if (before !== undefined) row['value_before'] = before;
  if (after !== undefined) row['value_after'] = after;
  return row;
}

/** The instance decodeEvent should build from `rawEvent(type, before, after)`. */
export function decoded<T extends KommoEvent>(
  cls: new () => T,
  type: string,
  raw: { before: unknown; after: unknown },
  fields: Partial<T>,
): T {
  return Object.assign(
    new cls(),
    {
      id: ENVELOPE.id,
      type,
      entityType: KommoEntityType.LEAD,
      entityId: '6232965',
      createdAt: new Date('2019-11-12T21:58:20.000Z'),
      createdById: 504329,
      valueBefore: raw.before ?? [],
      valueAfter: raw.after ?? [],
    },
    fields,
  );
}
