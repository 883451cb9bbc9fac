import DataLoader from 'dataloader';
import { KommoEntityType } from '../schema/common/entity-type.enum';
import { OrderByField, SortDirection } from '../schema/common/order-by.input';
import type { KommoEvent } from '../schema/events/kommo-event.interface';
import type { Task } from '../schema/tasks/task.type';
import { buildTaskQuery } from './entities/entity-query';
import { decodeEvent } from './events/decode-event';
import { buildEventQuery } from './events/event-query';
import { KOMMO_EVENTS_LIMIT, KOMMO_LIST_LIMIT, type KommoClient } from './kommo.client';
import { mapRows } from '../lib/map-rows';
import { idChunks } from './query-pairs';

/** Records that carry tasks, by the type the tasks filter names. */
export type TaskOwnerType = KommoEntityType.LEAD | KommoEntityType.CONTACT | KommoEntityType.COMPANY;

/** Kommo accepts at most 10 ids in an events `filter[entity_id]` (reference §6.1). */
export const EVENTS_ENTITY_IDS_LIMIT = 10;
/** 40 pages × 250 = 10,000 tasks for one batch of records: past that, fail loudly rather than truncate. */
const MAX_TASK_PAGES = 40;

/**
 * `tasks` of leads, contacts or companies: one loader per owner type, whose batch of owner ids is
 * one tasks query (`filter[entity_type]=leads&filter[entity_id][]=…`) per ≤ 250 ids that fit the
 * URL budget (`idChunks`), each paged on until Kommo has no more. `receive` maps the rows and
 * primes the task loader. Tasks come in id order within each owner.
 */
export function createEntityTaskLoaders(client: KommoClient, receive: (rows: readonly unknown[]) => Task[]) {
  const loaders = new Map<TaskOwnerType, DataLoader<string, Task[]>>();
  const load = (type: TaskOwnerType, ownerId: string): Promise<Task[]> => {
    let loader = loaders.get(type);
    if (loader === undefined) {
      loader = new DataLoader(async (ids) => {
        const tasks = receive(await allTasksOf(client, type, ids));
        return ids.map((id) => tasks.filter((task) => task.entityId === id));
      });
      loaders.set(type, loader);
    }
    return loader.load(ownerId);
  };
  /** Drops a record's cached task list (after a write changed it). */
  const forget = (type: TaskOwnerType, ownerId: string): void => {
    loaders.get(type)?.clear(ownerId);
  };
  return Object.assign(load, { forget });
}

async function allTasksOf(client: KommoClient, type: TaskOwnerType, ids: readonly string[]): Promise<unknown[]> {
  const orderBy = { field: OrderByField.ID, direction: SortDirection.ASC };
  const query = (entityIds: string[], page: number) =>
    buildTaskQuery({ entityType: type, entityIds }, { page, limit: KOMMO_LIST_LIMIT, orderBy });
  // Measured with the longest page number the walk may send.
  const chunks = idChunks('filter[entity_id][]', ids, query([], MAX_TASK_PAGES), KOMMO_LIST_LIMIT);
  const pages = await Promise.all(
    chunks.map(async (chunk) => {
      const rows: unknown[] = [];
      for (let page = 1; page <= MAX_TASK_PAGES; page += 1) {
        const result = await client.listRecords('tasks', query(chunk, page));
        rows.push(...result.items);
        if (!result.hasNext) return rows;
      }
      throw new Error(
        `more than ${MAX_TASK_PAGES * KOMMO_LIST_LIMIT} tasks on ${chunk.length} ${type} records; refusing to truncate`,
      );
    }),
  );
  return pages.flat();
}

/**
 * `Lead.events(first)`: newest first. One loader per `first`; a batch of ≤ 10 leads is one events
 * call. Kommo serves the feed newest first, so the lead's events inside that page are its newest
 * ones: the page is complete for a lead when it is not full (Kommo has nothing more) or already
 * holds `first` of them. Any other lead gets its own call with `limit=first` — never a short list.
 */
export function createLeadEventLoaders(client: KommoClient) {
  const loaders = new Map<number, DataLoader<string, KommoEvent[]>>();
  const load = (leadId: string, first: number): Promise<KommoEvent[]> => {
    let loader = loaders.get(first);
    if (loader === undefined) {
      loader = new DataLoader((ids) => eventsOfLeads(client, ids, first), { maxBatchSize: EVENTS_ENTITY_IDS_LIMIT });
      loaders.set(first, loader);
    }
    return loader.load(leadId);
  };
  /** Drops a lead's cached events, for every `first` (after a write added some). */
  const forget = (leadId: string): void => {
    for (const loader of loaders.values()) loader.clear(leadId);
  };
  return Object.assign(load, { forget });
}

async function eventsOfLeads(client: KommoClient, ids: readonly string[], first: number): Promise<KommoEvent[][]> {
  const page = await client.listEvents(leadEventsQuery(ids, KOMMO_EVENTS_LIMIT));
  const events = mapRows(page.items, decodeEvent);
  return Promise.all(
    ids.map(async (id) => {
      const own = events.filter((event) => event.entityId === id);
      if (!page.hasNext || own.length >= first) return own.slice(0, first);
      return mapRows((await client.listEvents(leadEventsQuery([id], first))).items, decodeEvent);
    }),
  );
}

function leadEventsQuery(ids: readonly string[], limit: number) {
  return buildEventQuery({ entityTypes: [KommoEntityType.LEAD], entityIds: [...ids] }, 1, limit);
}
