import DataLoader from 'dataloader';
import { orderByKeys } from '../lib/order-by-keys';
import { once, oncePerKey, perKey } from '../lib/once';
import { isKommoId } from './kommo-id';
import { KommoEntityType } from '../schema/common/entity-type.enum';
import type { Tag } from '../schema/common/tag.type';
import type { CustomFieldDefinition } from '../schema/custom-fields/custom-field-definition.type';
import type { Note } from '../schema/notes/note.type';
import type { Pipeline } from '../schema/pipelines/pipeline.type';
import type { PipelineStatus } from '../schema/pipelines/pipeline-status.type';
import type { User } from '../schema/users/user.type';
import type { CustomFieldEntityPath, KommoClient, NoteEntityPath, TagEntityPath } from './kommo.client';
import { mapTag } from './kommo.entity-mappers';
import { createRecordLoaders, RECORD_PATHS } from './kommo.record-loaders';
import { mapRows } from '../lib/map-rows';
import { mapCustomFieldDefinition, mapNote, mapPipeline, mapTaskType, mapUser } from './kommo.reference-mappers';
import { mapLossReason } from './kommo.value-mappers';

const NOTE_PATHS: Readonly<Record<KommoEntityType, NoteEntityPath | undefined>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.CUSTOMER]: 'customers',
  [KommoEntityType.TASK]: undefined,
};

/** Tag ids are per entity type; customers and tasks carry no tags Ponte writes. */
const TAG_PATHS: Readonly<Record<KommoEntityType, TagEntityPath | undefined>> = {
  [KommoEntityType.LEAD]: 'leads',
  [KommoEntityType.CONTACT]: 'contacts',
  [KommoEntityType.COMPANY]: 'companies',
  [KommoEntityType.CUSTOMER]: undefined,
  [KommoEntityType.TASK]: undefined,
};

const NONE: Promise<null> = Promise.resolve(null);

/** One promise per id for the whole request: the item of `list` with that id, or `null`. */
function byIdIn<T extends { id: string }>(list: () => Promise<readonly T[]>): (id: string) => Promise<T | null> {
  return oncePerKey(async (id) => (await list()).find((item) => item.id === id) ?? null);
}

/**
 * The per-request Kommo loaders. Build a fresh set for every GraphQL request: a loader shared
 * across requests would serve stale data and could leak one caller's records to another.
 * Reference data (users, pipelines, task types, field definitions) is fetched whole, once per
 * request, on first use. Unknown or non-numeric ids resolve to `null` without an upstream call.
 */
export function createKommoLoaders(client: KommoClient) {
  // One by-id loader per entity path (`/api/v4/{entity}/notes`, `/api/v4/{entity}/tags`), built on
  // first use. The client cuts each batch into calls of ≤ 250 ids that fit the URL budget.
  const notesOf = perKey(
    (entity: NoteEntityPath) =>
      new DataLoader<string, Note | null>(async (ids) =>
        orderByKeys(ids, mapRows(await client.listNotesByIds(entity, ids), mapNote), (note) => note.id),
      ),
  );
  const tagsOf = perKey(
    (entity: TagEntityPath) =>
      new DataLoader<string, Tag | null>(async (ids) =>
        orderByKeys(ids, mapRows(await client.listTagsByIds(entity, ids), mapTag), (tag) => tag.id),
      ),
  );

  const users = once(
    async () => new Map(mapRows(await client.listUsers(), mapUser).map((u): [string, User] => [u.id, u])),
  );
  const pipelines = once(async () => mapRows(await client.listPipelines(), mapPipeline));
  const taskTypes = once(async () => mapRows(await client.listTaskTypes(), mapTaskType));
  const lossReasons = once(async () => mapRows(await client.listLossReasons(), mapLossReason));
  const fieldsOf = oncePerKey(async (entity: CustomFieldEntityPath) =>
    mapRows(await client.listCustomFields(entity), mapCustomFieldDefinition),
  );

  // One promise per id or pair for the whole request: a page asks for the same few users and
  // statuses once per event, and each call would otherwise await the list anew.
  const userById = oncePerKey(async (id: string): Promise<User | null> => (await users()).get(id) ?? null);
  const pipelineById = byIdIn(pipelines);
  const statusOf = perKey((pipelineId: string) =>
    byIdIn(async (): Promise<readonly PipelineStatus[]> => (await pipelineById(pipelineId))?.statuses ?? []),
  );
  const taskTypeById = byIdIn(taskTypes);
  const lossReasonById = byIdIn(lossReasons);

  return {
    ...createRecordLoaders(client),

    /** Every user of the account, in Kommo's order (the same single call as `userById`). */
    async users(): Promise<User[]> {
      return [...(await users()).values()];
    },

    /** Every lead pipeline with its statuses (the same single call as `pipelineById`). */
    pipelines(): Promise<Pipeline[]> {
      return pipelines();
    },

    /** A loss reason by id, from the account's list (fetched once per request, on first use). */
    lossReasonById,

    /** A user by id; `null` for 0 (robot/system) and for users the account no longer lists. */
    userById(id: number | string): Promise<User | null> {
      const key = String(id);
      return isKommoId(key) ? userById(key) : NONE;
    },

    pipelineById,

    /** A status within a pipeline (142/143 exist in every pipeline, so the pair is the key). */
    status(pipelineId: string, statusId: string): Promise<PipelineStatus | null> {
      return statusOf(pipelineId)(statusId);
    },

    taskTypeById,

    /** A note of a record's feed; `null` for tasks (Kommo has no task notes) and unknown ids. */
    note(type: KommoEntityType, id: string): Promise<Note | null> {
      const entity = NOTE_PATHS[type];
      if (entity === undefined || !isKommoId(id)) return Promise.resolve(null);
      return notesOf(entity).load(id);
    },

    /** A tag of leads, contacts or companies by id (ids are per type); `null` when Kommo does not list it. */
    tagById(type: KommoEntityType, id: string): Promise<Tag | null> {
      const entity = TAG_PATHS[type];
      if (entity === undefined || !isKommoId(id)) return Promise.resolve(null);
      return tagsOf(entity).load(id);
    },

    /** A custom-field definition of leads, contacts or companies. */
    async customField(type: KommoEntityType, fieldId: string): Promise<CustomFieldDefinition | null> {
      return (await this.customFields(type)).find((field) => field.id === fieldId) ?? null;
    },

    /** The custom-field definitions of leads, contacts or companies (all pages, once per request); `[]` for others. */
    customFields(type: KommoEntityType): Promise<CustomFieldDefinition[]> {
      const entity = RECORD_PATHS[type];
      if (entity === undefined || entity === 'tasks') return Promise.resolve([]);
      return fieldsOf(entity);
    },
  };
}

export type KommoLoaders = ReturnType<typeof createKommoLoaders>;
