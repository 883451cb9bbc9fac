import { ID_BASES, KOMMO_ACCOUNT_ID, KOMMO_NOW, SEED_COUNTS } from '../constants';
import type { KommoEntityKind, KommoEvent, KommoNote } from '../records';
import { later, statusChange } from './draft';
import { activitySpecs } from './event-specs-activity';
import { entitySpecs } from './event-specs-entities';
import { fieldSpecs } from './event-specs-fields';
import { taskSpecs } from './event-specs-tasks';
import { ulid } from './ids';
import { createNoteBook, type NoteBook } from './notebook';
import type { Rng } from './random';
import { pickAuthor, pickUser } from './staff';
import {
  companySubject,
  contactSubject,
  customerSubjects,
  ghostLeadSubject,
  leadSubject,
  taskSubject,
} from './subjects';
import type { BuildContext, Draft, EventSpec, SeedData, Subject, SubjectKind } from './timeline-types';

/**
 * The event timeline: every spec twice (so every type key exists), the history of the deleted
 * leads and tasks, then a weighted random fill (mostly lead activity) up to SEED_COUNTS.events.
 */
export function createTimeline(
  rng: Rng,
  data: SeedData,
): { events: KommoEvent[]; notes: Record<KommoEntityKind, KommoNote[]> } {
  const book = createNoteBook(rng, data);
  const specs = [...entitySpecs(), ...fieldSpecs(data.customFields), ...taskSpecs(), ...activitySpecs()];
  const pools: Record<SubjectKind, Subject[]> = {
    lead: data.leads.map(leadSubject),
    contact: data.contacts.map(contactSubject),
    company: data.companies.map(companySubject),
    task: data.tasks.map(taskSubject),
    customer: customerSubjects(),
  };
  const used = new Map<string, Set<number>>();
  const drafts: Array<{ draft: Draft; subject: Subject }> = [];

  const candidates = (spec: EventSpec, kind: SubjectKind): Subject[] =>
    pools[kind].filter((s) => (spec.eligible?.(s) ?? true) && !(spec.unique && used.get(spec.key)?.has(s.id)));

  const generate = (spec: EventSpec): void => {
    const options = spec.subjects
      .map(([kind, weight]) => [candidates(spec, kind), weight] as const)
      .filter(([list]) => list.length > 0);
    if (options.length === 0) return;
    const subject = rng.pick(rng.weighted(options));
    const built = spec.build(context(rng, data, book, subject), subject);
    if (built.length === 0) return;
    if (spec.unique) used.set(spec.key, (used.get(spec.key) ?? new Set()).add(subject.id));
    for (const draft of built) drafts.push({ draft, subject });
  };

  for (const spec of specs) {
    generate(spec);
    generate(spec);
  }
  for (const entry of deletedHistory(rng, data, book)) drafts.push(entry);
  const weighted = specs.filter((spec) => spec.weight > 0).map((spec) => [spec, spec.weight] as const);
  for (let guard = 0; drafts.length < SEED_COUNTS.events && guard < 10_000; guard += 1)
    generate(rng.weighted(weighted));
  book.addLoose(80);

  const events = drafts
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => a.draft.at - b.draft.at || a.index - b.index)
    .map(({ draft, subject }): KommoEvent => ({
      id: ulid(draft.at, rng),
      type: draft.type,
      entity_id: subject.id,
      entity_type: subject.entityType,
      created_by: draft.createdBy ?? pickAuthor(rng, 0.1),
      created_at: draft.at,
      value_after: draft.after,
      value_before: draft.before,
      account_id: KOMMO_ACCOUNT_ID,
    }))
    .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { events, notes: book.finish() };
}

function context(rng: Rng, data: SeedData, book: NoteBook, subject: Subject): BuildContext {
  return { rng, data, at: rng.int(subject.createdAt, KOMMO_NOW), note: (...args) => book.add(...args) };
}

/** Deleted leads (added, maybe moved, deleted) and a few deleted tasks: their ids are gone from the store. */
function deletedHistory(rng: Rng, data: SeedData, book: NoteBook): Array<{ draft: Draft; subject: Subject }> {
  const out: Array<{ draft: Draft; subject: Subject }> = [];
  for (const ghost of data.ghosts) {
    const subject = ghostLeadSubject(ghost);
    const author = pickUser(rng);
    out.push({
      subject,
      draft: {
        type: 'lead_added',
        at: ghost.created_at,
        before: [],
        after: [book.add(subject, 'lead_added', ghost.created_at, author, 'Lead')],
        createdBy: author,
      },
    });
    let at = ghost.created_at;
    if (rng.chance(0.6)) {
      at = later(rng, at, 5 * 86_400);
      out.push({
        subject,
        draft: { type: 'lead_status_changed', at, ...statusChange(rng, data, ghost.pipeline_id, ghost.status_id) },
      });
    }
    out.push({
      subject,
      draft: { type: 'lead_deleted', at: later(rng, at, 10 * 86_400), before: [], after: [], createdBy: pickUser(rng) },
    });
  }
  for (let k = 0; k < 4; k += 1) {
    const id = ID_BASES.task + SEED_COUNTS.tasks + k;
    const at = rng.int(KOMMO_NOW - 60 * 86_400, KOMMO_NOW);
    const subject: Subject = { entityType: 'task', id, createdAt: at, createdBy: 0, responsibleUserId: 0, name: '' };
    out.push({ subject, draft: { type: 'task_deleted', at, before: [], after: [], createdBy: pickUser(rng) } });
  }
  return out;
}
