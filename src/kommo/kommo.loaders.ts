import DataLoader from 'dataloader';
import { isKommoId, once, orderByKeys } from '../lib/order-by-keys';
import { KommoEntityType } from '../schema/common/entity-type.enum';
import type { CustomFieldDefinition } from '../schema/custom-fields/custom-field-definition.type';
import type { KommoEntityValue } from '../schema/entities/kommo-entity.union';
import type { Note } from '../schema/notes/note.type';
import type { Pipeline } from '../schema/pipelines/pipeline.type';
import type { PipelineStatus } from '../schema/pipelines/pipeline-status.type';
import type { TaskType } from '../schema/tasks/task-type.type';
import type { User } from '../schema/users/user.type';
import { KOMMO_LIST_LIMIT, type KommoClient, type NoteEntityPath, type RecordPath } from './kommo.client';
import { mapCompany, mapContact, mapLead, mapTask } from './kommo.entity-mappers';
import {
  mapCustomFieldDefinition, mapNote, mapPipeline, mapRows, mapTaskType, mapUser,
} from './kommo.reference-mappers';

const RECORD_PATHS: Readonly<Record<KommoEntityType, RecordPath | undefined>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.TASK]: 'tasks',
  [KommoEntityType.CUSTOMER]: undefined,
};

const NOTE_PATHS: Readonly<Record<KommoEntityType, NoteEntityPath | undefined>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.CUSTOMER]: 'customers',
  [KommoEntityType.TASK]: undefined,
};

const MAPPERS: Readonly<Record<RecordPath, (raw: unknown) => KommoEntityValue | undefined>> = {
  leads: mapLead,
  contacts: mapContact,
  companies: mapCompany,
  tasks: mapTask,
};

/** Ids are batched through list endpoints; DataLoader splits larger batches into parallel chunks. */
function recordLoader(client: KommoClient, entity: RecordPath): DataLoader<string, KommoEntityValue | null> {
  return new DataLoader(
    async (ids) => orderByKeys(ids, mapRows(await client.listByIds(entity, ids), MAPPERS[entity]), (row) => row.id),
    { maxBatchSize: KOMMO_LIST_LIMIT },
  );
}

/** Notes are listed per entity type (`/api/v4/{entity}/notes`): one loader per type. */
function noteLoader(client: KommoClient, entity: NoteEntityPath): DataLoader<string, Note | null> {
  return new DataLoader(
    async (ids) => orderByKeys(ids, mapRows(await client.listNotesByIds(entity, ids), mapNote), (note) => note.id),
    { maxBatchSize: KOMMO_LIST_LIMIT },
  );
}

/**
 * The per-request Kommo loaders. Build a fresh set for every GraphQL request: a loader shared
 * across requests would serve stale data and could leak one caller's records to another.
 * Reference data (users, pipelines, task types, field definitions) is fetched whole, once per
 * request, on first use. Unknown or non-numeric ids resolve to `null` without an upstream call.
 */
export function createKommoLoaders(client: KommoClient) {
  const records = new Map<RecordPath, DataLoader<string, KommoEntityValue | null>>();
  const recordsOf = (entity: RecordPath) => {
    let loader = records.get(entity);
    if (loader === undefined) records.set(entity, (loader = recordLoader(client, entity)));
    return loader;
  };
  const notes = new Map<NoteEntityPath, DataLoader<string, Note | null>>();
  const notesOf = (entity: NoteEntityPath) => {
    let loader = notes.get(entity);
    if (loader === undefined) notes.set(entity, (loader = noteLoader(client, entity)));
    return loader;
  };

  const users = once(async () => new Map(mapRows(await client.listUsers(), mapUser).map((u): [string, User] => [u.id, u])));
  const pipelines = once(async () => mapRows(await client.listPipelines(), mapPipeline));
  const taskTypes = once(async () => mapRows(await client.listTaskTypes(), mapTaskType));
  const fieldsByEntity = new Map<RecordPath, Promise<CustomFieldDefinition[]>>();

  return {
    /** A lead, contact, company or task by id; `null` when gone, invisible or a customer. */
    entity(type: KommoEntityType, id: string): Promise<KommoEntityValue | null> {
      const entity = RECORD_PATHS[type];
      if (entity === undefined || !isKommoId(id)) return Promise.resolve(null);
      return recordsOf(entity).load(id);
    },

    /** A user by id; `null` for 0 (robot/system) and for users the account no longer lists. */
    async userById(id: number | string): Promise<User | null> {
      const key = String(id);
      if (!isKommoId(key)) return null;
      return (await users()).get(key) ?? null;
    },

    async pipelineById(id: string): Promise<Pipeline | null> {
      return (await pipelines()).find((pipeline) => pipeline.id === id) ?? null;
    },

    /** A status within a pipeline (142/143 exist in every pipeline, so the pair is the key). */
    async status(pipelineId: string, statusId: string): Promise<PipelineStatus | null> {
      const pipeline = await this.pipelineById(pipelineId);
      return pipeline?.statuses.find((status) => status.id === statusId) ?? null;
    },

    async taskTypeById(id: string): Promise<TaskType | null> {
      return (await taskTypes()).find((taskType) => taskType.id === id) ?? null;
    },

    /** A note of a record's feed; `null` for tasks (Kommo has no task notes) and unknown ids. */
    note(type: KommoEntityType, id: string): Promise<Note | null> {
      const entity = NOTE_PATHS[type];
      if (entity === undefined || !isKommoId(id)) return Promise.resolve(null);
      return notesOf(entity).load(id);
    },

    /** A custom-field definition of leads, contacts or companies. */
    async customField(type: KommoEntityType, fieldId: string): Promise<CustomFieldDefinition | null> {
      const entity = RECORD_PATHS[type];
      if (entity === undefined || entity === 'tasks') return null;
      let definitions = fieldsByEntity.get(entity);
      if (definitions === undefined) {
        definitions = client.listCustomFields(entity).then((rows) => mapRows(rows, mapCustomFieldDefinition));
        fieldsByEntity.set(entity, definitions);
      }
      return (await definitions).find((field) => field.id === fieldId) ?? null;
    },
  };
}

export type KommoLoaders = ReturnType<typeof createKommoLoaders>;
