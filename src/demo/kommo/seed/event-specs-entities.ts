import type { KommoEventValue, KommoTag } from '../records';
import { later, link, otherUser, single, statusChange } from './draft';
import { COMPANY_TAGS, CONTACT_TAGS, LEAD_TAGS } from './names';
import type { EventSpec, Subject, SubjectKind } from './timeline-types';

/** Specs for entity lifecycle, pipeline, ownership, tag, link and main-field events. */

const LEAD_HEAVY: ReadonlyArray<readonly [SubjectKind, number]> = [
  ['lead', 75],
  ['contact', 20],
  ['company', 8],
];

function added(key: string, kind: SubjectKind, weight: number, what: string): EventSpec {
  return {
    key,
    weight,
    subjects: [[kind, 1]],
    unique: true,
    build: (ctx, s) => single(key, s.createdAt, [], [ctx.note(s, key, s.createdAt, s.createdBy, what)], s.createdBy),
  };
}

/** Deleted entities that are still served were restored: the two events come as a pair. */
function deletedAndRestored(key: string, prefix: string, kind: SubjectKind): EventSpec {
  return {
    key,
    weight: 0.5,
    subjects: [[kind, 1]],
    build: (ctx) => [
      { type: `${prefix}_deleted`, at: ctx.at, before: [], after: [] },
      { type: `${prefix}_restored`, at: later(ctx.rng, ctx.at, 3 * 86_400), before: [], after: [] },
    ],
  };
}

function tagsOf(s: Subject): KommoTag[] {
  return s.lead?._embedded.tags ?? s.contact?._embedded.tags ?? s.company?._embedded.tags ?? [];
}

function tagPool(s: Subject): readonly string[] {
  return s.entityType === 'lead' ? LEAD_TAGS : s.entityType === 'contact' ? CONTACT_TAGS : COMPANY_TAGS;
}

function linkedIds(s: Subject, type: 'lead' | 'contact' | 'company'): number[] {
  const embedded = { ...s.lead?._embedded, ...s.contact?._embedded, ...s.company?._embedded };
  const refs = type === 'lead' ? embedded.leads : type === 'contact' ? embedded.contacts : embedded.companies;
  return (refs ?? []).map((ref) => ref.id);
}

/** `{link}` to an entity linked now, or `{unlink}` from a real entity that is not linked now. */
function linkSpec(
  key: string,
  target: 'lead' | 'contact' | 'company',
  kinds: SubjectKind[],
  weight: number,
  unlink: boolean,
): EventSpec {
  return {
    key,
    weight,
    subjects: kinds.map((kind) => [kind, 1] as const),
    eligible: (s) => unlink || linkedIds(s, target).length > 0,
    build: (ctx, s) => {
      const linked = linkedIds(s, target);
      const pool = target === 'lead' ? ctx.data.leads : target === 'contact' ? ctx.data.contacts : ctx.data.companies;
      const id = unlink ? ctx.rng.pick(pool.filter((item) => !linked.includes(item.id))).id : ctx.rng.pick(linked);
      return single(key, ctx.at, [], [link(unlink ? 'unlink' : 'link', target, id)]);
    },
  };
}

export function entitySpecs(): EventSpec[] {
  return [
    added('lead_added', 'lead', 24, 'Lead'),
    added('contact_added', 'contact', 12, 'Contact'),
    added('company_added', 'company', 4, 'Company'),
    deletedAndRestored('lead_restored', 'lead', 'lead'),
    deletedAndRestored('contact_deleted', 'contact', 'contact'),
    deletedAndRestored('contact_restored', 'contact', 'contact'),
    deletedAndRestored('company_deleted', 'company', 'company'),
    deletedAndRestored('company_restored', 'company', 'company'),
    {
      key: 'lead_status_changed',
      weight: 60,
      subjects: [['lead', 1]],
      build: (ctx, s) => {
        const lead = s.lead;
        if (!lead) return [];
        const { before, after } = statusChange(ctx.rng, ctx.data, lead.pipeline_id, lead.status_id);
        return single('lead_status_changed', ctx.at, before, after);
      },
    },
    {
      key: 'entity_responsible_changed',
      weight: 14,
      subjects: LEAD_HEAVY,
      build: (ctx, s) => {
        const value = (id: number): KommoEventValue => ({ responsible_user: { id } });
        return single(
          'entity_responsible_changed',
          ctx.at,
          [value(otherUser(ctx.rng, ctx.data, s.responsibleUserId))],
          [value(s.responsibleUserId)],
        );
      },
    },
    {
      key: 'entity_tag_added',
      weight: 10,
      subjects: LEAD_HEAVY,
      build: (ctx, s) => {
        const current = tagsOf(s).map((tag) => tag.name);
        const names = current.length > 0 ? current : [ctx.rng.pick(tagPool(s))];
        return single(
          'entity_tag_added',
          ctx.at,
          [],
          names.map((name) => ({ tag: { name } })),
        );
      },
    },
    {
      key: 'entity_tag_deleted',
      weight: 3,
      subjects: LEAD_HEAVY,
      build: (ctx, s) => {
        const current = tagsOf(s).map((tag) => tag.name);
        const gone = tagPool(s).filter((name) => !current.includes(name));
        return single('entity_tag_deleted', ctx.at, [{ tag: { name: ctx.rng.pick(gone) } }], []);
      },
    },
    linkSpec('lead_linked', 'lead', ['contact', 'company'], 4, false),
    linkSpec('lead_unlinked', 'lead', ['contact', 'company'], 1, true),
    linkSpec('contact_linked', 'contact', ['lead', 'company'], 8, false),
    linkSpec('contact_unlinked', 'contact', ['lead'], 1, true),
    linkSpec('company_linked', 'company', ['lead', 'contact'], 4, false),
    linkSpec('company_unlinked', 'company', ['lead', 'contact'], 1, true),
    linkSpec('entity_linked', 'company', ['lead'], 1, false),
    linkSpec('entity_unlinked', 'contact', ['lead'], 1, true),
    {
      key: 'sale_field_changed',
      weight: 14,
      subjects: [['lead', 1]],
      build: (ctx, s) => {
        const price = s.lead?.price ?? 0;
        const previous = Math.max(0, price + ctx.rng.int(-20, 20) * 250) || 1_000;
        const value = (sale: number): KommoEventValue => ({ sale_field_value: { sale } });
        return single(
          'sale_field_changed',
          ctx.at,
          [value(previous === price ? price + 500 : previous)],
          [value(price)],
        );
      },
    },
    {
      key: 'name_field_changed',
      weight: 4,
      subjects: LEAD_HEAVY,
      build: (ctx, s) => {
        const previous = s.entityType === 'lead' ? `Lead #${s.id}` : `${s.name} (old)`;
        return single(
          'name_field_changed',
          ctx.at,
          [{ name_field_value: { name: previous } }],
          [{ name_field_value: { name: s.name } }],
        );
      },
    },
    {
      key: 'ltv_field_changed',
      weight: 1,
      subjects: [
        ['contact', 3],
        ['company', 1],
      ],
      build: (ctx) => {
        const ltv = ctx.rng.int(10, 400) * 50;
        return single(
          'ltv_field_changed',
          ctx.at,
          [{ ltv_field_value: { ltv: ltv - 500 } }],
          [{ ltv_field_value: { ltv } }],
        );
      },
    },
    {
      key: 'nps_rate_added',
      weight: 2,
      subjects: [
        ['lead', 2],
        ['contact', 1],
      ],
      build: (ctx) => single('nps_rate_added', ctx.at, [], [{ nps: { rate: ctx.rng.int(1, 10) } }]),
    },
  ];
}
