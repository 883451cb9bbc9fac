import type {
  KommoAccount,
  KommoCompany,
  KommoContact,
  KommoCustomField,
  KommoEntityKind,
  KommoEvent,
  KommoLead,
  KommoLossReason,
  KommoNote,
  KommoPipeline,
  KommoTask,
  KommoTaskType,
  KommoUser,
  KommoUsersGroup,
} from './records';

/** A raw record as Kommo sends it (snake_case). Loosely typed: tests may store malformed ones. */
export type KommoRecord = Record<string, unknown>;

/**
 * The live data behind a simulator. Tests may mutate it (push, splice, edit) between requests;
 * every request reads it afresh. `_links` are added when serving; records that already carry
 * `_links` (or an event's `_embedded`) keep their own.
 */
export interface KommoStore {
  account: KommoRecord;
  usersGroups: KommoRecord[];
  users: KommoRecord[];
  /** Each pipeline carries its statuses in `_embedded.statuses`. */
  pipelines: KommoRecord[];
  taskTypes: KommoRecord[];
  lossReasons: KommoRecord[];
  customFields: Record<KommoEntityKind, KommoRecord[]>;
  leads: KommoRecord[];
  contacts: KommoRecord[];
  companies: KommoRecord[];
  tasks: KommoRecord[];
  notes: Record<KommoEntityKind, KommoRecord[]>;
  /** Newest first as seeded; served sorted by created_at desc, then id desc, whatever the order here. */
  events: KommoRecord[];
}

/** The seeded data with precise types: a pure function of the seed (see `createKommoSeed`). */
export interface KommoSeed {
  seed: number;
  account: KommoAccount;
  usersGroups: KommoUsersGroup[];
  users: KommoUser[];
  pipelines: KommoPipeline[];
  taskTypes: KommoTaskType[];
  lossReasons: KommoLossReason[];
  customFields: Record<KommoEntityKind, KommoCustomField[]>;
  leads: KommoLead[];
  contacts: KommoContact[];
  companies: KommoCompany[];
  tasks: KommoTask[];
  notes: Record<KommoEntityKind, KommoNote[]>;
  events: KommoEvent[];
  /** Ids of leads that events mention but that no longer exist (deleted). */
  deletedLeadIds: number[];
}

/** A deep, independent copy of the seed, ready to be served and mutated. */
export function createKommoStore(seed: KommoSeed): KommoStore {
  const copy = structuredClone(seed);
  return {
    account: copy.account,
    usersGroups: copy.usersGroups,
    users: copy.users,
    pipelines: copy.pipelines,
    taskTypes: copy.taskTypes,
    lossReasons: copy.lossReasons,
    customFields: copy.customFields,
    leads: copy.leads,
    contacts: copy.contacts,
    companies: copy.companies,
    tasks: copy.tasks,
    notes: copy.notes,
    events: copy.events,
  };
}
