import type {
  KommoCompany,
  KommoContact,
  KommoCustomField,
  KommoEntityKind,
  KommoEventValue,
  KommoLead,
  KommoPipeline,
  KommoTask,
  KommoUser,
} from '../records';
import type { GhostLead } from './leads';
import type { Rng } from './random';

/** Shared vocabulary of the event timeline generator and its per-type specs. */

export type SubjectKind = 'lead' | 'contact' | 'company' | 'task' | 'customer';

/** What an event is about; exactly one of the record fields is set (none for customers and ghosts). */
export interface Subject {
  entityType: SubjectKind;
  id: number;
  createdAt: number;
  createdBy: number;
  responsibleUserId: number;
  name: string;
  lead?: KommoLead;
  contact?: KommoContact;
  company?: KommoCompany;
  task?: KommoTask;
}

export interface SeedData {
  users: readonly KommoUser[];
  pipelines: readonly KommoPipeline[];
  customFields: Record<KommoEntityKind, readonly KommoCustomField[]>;
  leads: readonly KommoLead[];
  ghosts: readonly GhostLead[];
  contacts: readonly KommoContact[];
  companies: readonly KommoCompany[];
  tasks: readonly KommoTask[];
}

/** One event before ids are assigned. `createdBy` defaults to a random author (10% robot). */
export interface Draft {
  type: string;
  at: number;
  before: KommoEventValue[];
  after: KommoEventValue[];
  createdBy?: number;
}

export interface BuildContext {
  rng: Rng;
  data: SeedData;
  /** A random time in [subject.createdAt, KOMMO_NOW]. */
  at: number;
  /**
   * Creates a note on the subject (tasks: on the task's lead/contact/company) and returns the
   * `{"note":{"id"}}` payload; ids are assigned once all notes exist, in creation order.
   */
  note(subject: Subject, eventType: string, at: number, createdBy: number, text?: string): KommoEventValue;
}

export interface EventSpec {
  key: string;
  /** Weight in the random fill after every key has been covered twice; 0 = coverage only. */
  weight: number;
  subjects: ReadonlyArray<readonly [SubjectKind, number]>;
  /** Subjects this event can be about (e.g. completed tasks only). */
  eligible?: (subject: Subject) => boolean;
  /** At most one event of this key per subject. */
  unique?: boolean;
  /** The event(s); `[]` when nothing plausible can be built for this subject. */
  build(ctx: BuildContext, subject: Subject): Draft[];
}
