import { ID_BASES, KOMMO_ACCOUNT_ID, KOMMO_NOW } from '../constants';
import type { JsonObject, KommoEntityKind, KommoEventValue, KommoNote } from '../records';
import { NOTE_TYPE_BY_EVENT, noteParams } from './note-params';
import type { Rng } from './random';
import { groupOf } from './staff';
import type { SeedData, Subject } from './timeline-types';

/**
 * Collects the notes that note-based events point at. Ids are assigned at the end in creation-time
 * order (so note ids ascend with time like real ones); the `{"id"}` object inside each event payload
 * is the very object that receives the id. Notes of deleted leads get an id but are not stored.
 */
export interface NoteBook {
  add(subject: Subject, eventType: string, at: number, createdBy: number, text?: string): KommoEventValue;
  /** `count` common notes on random entities, not tied to any event. */
  addLoose(count: number): void;
  finish(): Record<KommoEntityKind, KommoNote[]>;
}

interface Owner {
  kind: KommoEntityKind;
  id: number;
  responsible: number;
}

interface NoteDraft {
  owner: Owner | undefined;
  ref: { id: number };
  at: number;
  createdBy: number;
  noteType: string;
  params: JsonObject;
}

export function createNoteBook(rng: Rng, data: SeedData): NoteBook {
  const drafts: NoteDraft[] = [];

  const ownerOf = (s: Subject): Owner | undefined => {
    if (s.lead) return { kind: 'leads', id: s.lead.id, responsible: s.lead.responsible_user_id };
    if (s.contact) return { kind: 'contacts', id: s.contact.id, responsible: s.contact.responsible_user_id };
    if (s.company) return { kind: 'companies', id: s.company.id, responsible: s.company.responsible_user_id };
    const task = s.task;
    if (task && task.entity_type !== null && task.entity_id !== null) {
      return { kind: task.entity_type, id: task.entity_id, responsible: task.responsible_user_id };
    }
    return undefined;
  };

  const phoneOf = (s: Subject): string | undefined => {
    const contactId = s.contact?.id ?? s.lead?._embedded.contacts[0]?.id;
    const contact = data.contacts.find((item) => item.id === contactId);
    const phone = contact?.custom_fields_values?.find((entry) => entry.field_code === 'PHONE')?.values[0]?.value;
    return typeof phone === 'string' ? phone : undefined;
  };

  const push = (
    owner: Owner | undefined,
    noteType: string,
    at: number,
    createdBy: number,
    params: JsonObject,
  ): { id: number } => {
    const ref = { id: 0 };
    drafts.push({ owner, ref, at, createdBy, noteType, params });
    return ref;
  };

  return {
    add(subject, eventType, at, createdBy, text) {
      const noteType = NOTE_TYPE_BY_EVENT[eventType] ?? 'common';
      const params = noteParams(rng, noteType, { text, what: text, phone: phoneOf(subject) });
      return { note: push(ownerOf(subject), noteType, at, createdBy, params) };
    },
    addLoose(count) {
      const kinds: KommoEntityKind[] = ['leads', 'leads', 'leads', 'contacts', 'companies'];
      for (let i = 0; i < count; i += 1) {
        const kind = rng.pick(kinds);
        const entity = rng.pick<{ id: number; created_at: number; responsible_user_id: number }>(data[kind]);
        const owner = { kind, id: entity.id, responsible: entity.responsible_user_id };
        push(
          owner,
          'common',
          rng.int(entity.created_at, KOMMO_NOW),
          entity.responsible_user_id,
          noteParams(rng, 'common'),
        );
      }
    },
    finish() {
      const notes: Record<KommoEntityKind, KommoNote[]> = { leads: [], contacts: [], companies: [] };
      const ordered = drafts
        .map((draft, index) => ({ draft, index }))
        .sort((a, b) => a.draft.at - b.draft.at || a.index - b.index);
      ordered.forEach(({ draft }, index) => {
        draft.ref.id = ID_BASES.note + index;
        if (!draft.owner) return;
        notes[draft.owner.kind].push({
          id: draft.ref.id,
          entity_id: draft.owner.id,
          created_by: draft.createdBy,
          updated_by: draft.createdBy,
          created_at: draft.at,
          updated_at: draft.at,
          responsible_user_id: draft.owner.responsible,
          group_id: groupOf(data.users, draft.owner.responsible),
          note_type: draft.noteType,
          params: draft.params,
          account_id: KOMMO_ACCOUNT_ID,
        });
      });
      return notes;
    },
  };
}
