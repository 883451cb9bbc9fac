import DataLoader from 'dataloader';
import { orderByKeys } from '../lib/order-by-keys';
import { isKommoId } from './kommo-id';
import { KommoEntityType } from '../schema/common/entity-type.enum';
import type { Company } from '../schema/companies/company.type';
import type { Contact } from '../schema/contacts/contact.type';
import type { KommoEntityValue } from '../schema/common/kommo-entity.union';
import type { KommoEvent } from '../schema/events/kommo-event.interface';
import type { Lead } from '../schema/leads/lead.type';
import type { Task } from '../schema/tasks/task.type';
import type { KommoClient, RecordPath } from './kommo.client';
import { mapCompany, mapContact, mapLead, mapTask } from './kommo.entity-mappers';
import { createEntityTaskLoaders, createLeadEventLoaders, type TaskOwnerType } from './kommo.link-loaders';
import { mapRows } from '../lib/map-rows';

/** The schema class each record endpoint maps to. */
export interface RecordTypes {
  leads: Lead;
  contacts: Contact;
  companies: Company;
  tasks: Task;
}

export const RECORD_PATHS: Readonly<Record<KommoEntityType, RecordPath | undefined>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.TASK]: 'tasks',
  [KommoEntityType.CUSTOMER]: undefined,
};

const MAPPERS: { readonly [K in RecordPath]: (raw: unknown) => RecordTypes[K] | undefined } = {
  leads: mapLead,
  contacts: mapContact,
  companies: mapCompany,
  tasks: mapTask,
};

/** Ids are batched through list endpoints; the client cuts a batch into calls of ≤ 250 ids that fit the URL budget. */
function recordLoader<K extends RecordPath>(client: KommoClient, entity: K): DataLoader<string, RecordTypes[K] | null> {
  return new DataLoader(async (ids) =>
    orderByKeys(ids, mapRows(await client.listByIds(entity, ids), MAPPERS[entity]), (row) => row.id),
  );
}

/**
 * Per-request loaders of leads, contacts, companies and tasks, and of the lists hanging off them
 * (tasks of a record, events of a lead). Lists hand their rows to `primeRows`, so a record read
 * once is not read again in the same request. Non-numeric ids resolve to `null` without a call.
 */
export function createRecordLoaders(client: KommoClient) {
  const loaders = new Map<RecordPath, DataLoader<string, unknown>>();
  const loaderOf = <K extends RecordPath>(entity: K): DataLoader<string, RecordTypes[K] | null> => {
    let loader = loaders.get(entity);
    if (loader === undefined) loaders.set(entity, (loader = recordLoader(client, entity)));
    // Sound: the loader stored under `entity` was built by `recordLoader(client, entity)`.
    return loader as DataLoader<string, RecordTypes[K] | null>;
  };

  /** Maps raw list rows (dropping unusable ones) and primes the loader with each record. */
  const primeRows = <K extends RecordPath>(entity: K, rows: readonly unknown[]): Array<RecordTypes[K]> => {
    const records = mapRows(rows, MAPPERS[entity]);
    for (const record of records) loaderOf(entity).prime(record.id, record);
    return records;
  };
  const tasksOf = createEntityTaskLoaders(client, (rows) => primeRows('tasks', rows));
  const leadEvents = createLeadEventLoaders(client);

  return {
    primeRows,

    /** One record by id; `null` when Kommo does not return it (gone, invisible) or the id is not a Kommo id. */
    byId<K extends RecordPath>(entity: K, id: string): Promise<RecordTypes[K] | null> {
      return isKommoId(id) ? loaderOf(entity).load(id) : Promise.resolve(null);
    },

    /** Records by id, in the given order, without the ones Kommo does not return. A failed batch rejects. */
    async many<K extends RecordPath>(entity: K, ids: readonly string[]): Promise<Array<RecordTypes[K]>> {
      const rows = await loaderOf(entity).loadMany(ids.filter(isKommoId));
      return rows
        .map((row) => {
          if (row instanceof Error) throw row;
          return row;
        })
        .filter((row): row is RecordTypes[K] => row !== null);
    },

    /** A lead, contact, company or task by id; `null` when gone, invisible or a customer. */
    entity(type: KommoEntityType, id: string): Promise<KommoEntityValue | null> {
      const entity = RECORD_PATHS[type];
      return entity === undefined ? Promise.resolve(null) : this.byId(entity, id);
    },

    /**
     * Drops what this request cached about these records, after a write changed them: the records,
     * for leads, contacts and companies their task lists, and for leads their events (a write
     * adds some). The next read goes upstream.
     */
    forget(type: KommoEntityType, ids: readonly string[]): void {
      const entity = RECORD_PATHS[type];
      if (entity === undefined) return;
      for (const id of ids) {
        loaders.get(entity)?.clear(id);
        if (type === KommoEntityType.LEAD || type === KommoEntityType.CONTACT || type === KommoEntityType.COMPANY)
          tasksOf.forget(type, id);
        if (type === KommoEntityType.LEAD) leadEvents.forget(id);
      }
    },

    /** Tasks of a lead, contact or company (batched per owner type, all pages). */
    tasksOf(type: TaskOwnerType, ownerId: string): Promise<Task[]> {
      return tasksOf(type, ownerId);
    },

    /** The `first` newest events of a lead (batched by 10 leads where provably complete). */
    leadEvents(leadId: string, first: number): Promise<KommoEvent[]> {
      return leadEvents(leadId, first);
    },
  };
}
