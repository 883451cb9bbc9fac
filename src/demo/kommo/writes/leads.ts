import { asArray, asBoolean, asInt, isRecord, type JsonRecord } from '../../../lib/decode';
import { STATUS_IDS } from '../constants';
import type { KommoRecord, KommoStore } from '../store';
import type { ItemCheck } from './check';
import { applyAll, type KindWriter } from './context';
import { embeddedList, embeddedOf, findRecord, int, text } from './fields';
import { placement, type Placement } from './pipelines';
import { freshRecord, readRecordFields } from './record-fields';

/**
 * Leads. A create may link existing contacts (`_embedded.contacts[{id,is_main}]`) and one company
 * (`_embedded.companies[{id}]`), kept consistent on both sides; an update's `_embedded` carries
 * tags only (reference §5), other keys are ignored.
 */

interface Links {
  contacts: Array<{ id: number; is_main: boolean }>;
  company: number | undefined;
}

const CLOSED = new Set<number>([STATUS_IDS.won, STATUS_IDS.lost]);

export const leadWriter: KindWriter = {
  fresh: (id, ctx) => ({
    ...freshRecord(id, ctx),
    price: 0,
    status_id: 0,
    pipeline_id: 0,
    loss_reason_id: null,
    closed_at: null,
    score: null,
    labor_cost: null,
    _embedded: { tags: [], companies: [], contacts: [] },
  }),

  read(item, existing, ctx) {
    const { store, check } = ctx;
    const set: JsonRecord = {};
    const name = text(item, 'name', check, existing ? 'filled' : 'required');
    if (name !== undefined) set['name'] = name;
    const price = int(item, 'price', check);
    if (price !== undefined) set['price'] = price;
    const closedAt = int(item, 'closed_at', check, 1);
    const lossReason = int(item, 'loss_reason_id', check, 1);
    if (lossReason !== undefined)
      set['loss_reason_id'] = findRecord(store.lossReasons, lossReason)
        ? lossReason
        : check.notChoice('loss_reason_id');
    const wanted = { pipelineId: int(item, 'pipeline_id', check, 1), statusId: int(item, 'status_id', check, 1) };
    const moved = placement(store, wanted, existing && currentPlacement(existing), check);
    const links = existing ? undefined : readLinks(embeddedOf(item), store, check);
    return applyAll([
      readRecordFields(item, 'leads', ctx),
      (record) => {
        Object.assign(record, set, moved);
        // INFERRED: entering won/lost closes the lead now, leaving them reopens it.
        if (moved) record.closed_at = CLOSED.has(moved.status_id) ? (record.closed_at ?? ctx.stamp) : null;
        if (closedAt !== undefined) record.closed_at = closedAt;
      },
      links && ((record) => link(record, links, store)),
    ]);
  },
};

function currentPlacement(lead: KommoRecord): Placement {
  return { pipeline_id: asInt(lead.pipeline_id) ?? 0, status_id: asInt(lead.status_id) ?? 0 };
}

function readLinks(embedded: JsonRecord, store: KommoStore, check: ItemCheck): Links {
  const contacts = refs(embedded['contacts'], '_embedded.contacts', store.contacts, check).map(({ id, raw }) => ({
    id,
    is_main: asBoolean(raw['is_main']) ?? false,
  }));
  const companies = refs(embedded['companies'], '_embedded.companies', store.companies, check);
  if (companies.length > 1)
    check.fail('_embedded.companies', 'Count', 'This collection should contain 1 element or less.');
  return { contacts, company: companies[0]?.id };
}

function refs(
  raw: unknown,
  path: string,
  records: readonly KommoRecord[],
  check: ItemCheck,
): Array<{ id: number; raw: JsonRecord }> {
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (!list) return check.type(path, 'array') ?? [];
  return list.flatMap((ref, index) => {
    const id = isRecord(ref) ? asInt(ref['id']) : undefined;
    if (isRecord(ref) && id !== undefined && findRecord(records, id)) return [{ id, raw: ref }];
    check.notChoice(`${path}.${index}.id`);
    return [];
  });
}

/** Links both ways. INFERRED: the first contact flagged `is_main` is the main one, else the first contact. */
function link(lead: KommoRecord, links: Links, store: KommoStore): void {
  const leadId = asInt(lead.id) ?? 0;
  const unique = [...new Map(links.contacts.map((ref) => [ref.id, ref])).values()];
  const main = unique.find((ref) => ref.is_main) ?? unique[0];
  embeddedList(lead, 'contacts').push(...unique.map((ref) => ({ id: ref.id, is_main: ref === main })));
  for (const ref of unique) {
    const contact = findRecord(store.contacts, ref.id);
    if (contact) embeddedList(contact, 'leads').push({ id: leadId });
  }
  if (links.company === undefined) return;
  embeddedList(lead, 'companies').push({ id: links.company });
  const company = findRecord(store.companies, links.company);
  if (company) embeddedList(company, 'leads').push({ id: leadId });
}
