import { asId, asInt, asRecord, asString, isRecord, type JsonRecord } from '../lib/decode';
import { DealContact, DealPipeline, DealStage } from '../schema/deals/deal-parts.type';
import { Deal } from '../schema/deals/deal.type';
import { instantOf, woofedIdOf } from './woofed.decode';

/**
 * `GET /deals/:id` (deal columns plus `contact`, `stage`, `pipeline`) → `Deal`. Returns
 * `undefined` without an id or created_at; an embedded object that is missing or unreadable
 * becomes `null` rather than failing the deal.
 */
export function mapDeal(raw: unknown): Deal | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  const createdAt = instantOf(raw['created_at']);
  if (id === undefined || createdAt === undefined) return undefined;
  return Object.assign(new Deal(), {
    id,
    name: asString(raw['name']) ?? '',
    status: asString(raw['status']) ?? '',
    lostReason: asString(raw['lost_reason']) ?? null,
    customAttributes: asRecord(raw['custom_attributes']) ?? {},
    createdAt,
    updatedAt: instantOf(raw['updated_at']) ?? createdAt,
    wonAt: instantOf(raw['won_at']) ?? null,
    lostAt: instantOf(raw['lost_at']) ?? null,
    contact: mapDealContact(raw['contact']),
    stage: mapStage(raw['stage']),
    pipeline: mapPipeline(raw['pipeline']),
    contactId: woofedIdOf(raw['contact_id']) ?? null,
  });
}

/** A contact object (embedded in a deal, or the contact itself): `null` without a usable id. */
export function mapDealContact(raw: unknown): DealContact | null {
  const found = withId(raw);
  if (found === undefined) return null;
  const [contact, id] = found;
  return Object.assign(new DealContact(), {
    id,
    fullName: asString(contact['full_name']) ?? '',
    phone: nonEmpty(contact['phone']),
    email: nonEmpty(contact['email']),
    customAttributes: asRecord(contact['custom_attributes']) ?? {},
  });
}

function mapStage(raw: unknown): DealStage | null {
  const found = withId(raw);
  if (found === undefined) return null;
  const [stage, id] = found;
  return Object.assign(new DealStage(), {
    id,
    name: asString(stage['name']) ?? '',
    position: asInt(stage['position']) ?? null,
  });
}

function mapPipeline(raw: unknown): DealPipeline | null {
  const found = withId(raw);
  if (found === undefined) return null;
  const [pipeline, id] = found;
  return Object.assign(new DealPipeline(), { id, name: asString(pipeline['name']) ?? '' });
}

/** An embedded object with a usable id. */
function withId(raw: unknown): [JsonRecord, string] | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  return id === undefined ? undefined : [raw, id];
}

function nonEmpty(value: unknown): string | null {
  const text = asString(value);
  return text === undefined || text === '' ? null : text;
}
