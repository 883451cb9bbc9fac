import { mapRows } from '../lib/map-rows';
import { asArray, asBoolean, asId, asInt, asString, fromUnixSeconds, isRecord, path } from '../lib/decode';
import { CustomFieldDefinition, CustomFieldEnum } from '../schema/custom-fields/custom-field-definition.type';
import { Note } from '../schema/notes/note.type';
import { Pipeline } from '../schema/pipelines/pipeline.type';
import { PipelineStatus } from '../schema/pipelines/pipeline-status.type';
import { TaskType } from '../schema/tasks/task-type.type';
import { User } from '../schema/users/user.type';

export function mapUser(raw: unknown): User | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  return Object.assign(new User(), { id, name: asString(raw['name']) ?? '', email: asString(raw['email']) ?? null });
}

export function mapStatus(raw: unknown, pipelineId: string): PipelineStatus | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  return Object.assign(new PipelineStatus(), {
    id,
    name: asString(raw['name']) ?? '',
    color: asString(raw['color']) ?? null,
    sort: asInt(raw['sort']) ?? 0,
    pipelineId: asId(raw['pipeline_id']) ?? pipelineId,
  });
}

export function mapPipeline(raw: unknown): Pipeline | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  const statuses = asArray(path(raw, '_embedded', 'statuses')) ?? [];
  return Object.assign(new Pipeline(), {
    id,
    name: asString(raw['name']) ?? '',
    sort: asInt(raw['sort']) ?? 0,
    isMain: asBoolean(raw['is_main']) ?? false,
    isArchive: asBoolean(raw['is_archive']) ?? false,
    statuses: mapRows(statuses, (status) => mapStatus(status, id)),
  });
}

export function mapTaskType(raw: unknown): TaskType | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  return Object.assign(new TaskType(), { id, name: asString(raw['name']) ?? '', code: asString(raw['code']) ?? null });
}

export function mapNote(raw: unknown): Note | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  const noteType = asString(raw['note_type']);
  if (id === undefined || noteType === undefined) return undefined;
  const params = raw['params'] ?? {};
  return Object.assign(new Note(), {
    id,
    noteType,
    text: asString(path(params, 'text')) ?? null,
    params,
    createdAt: fromUnixSeconds(raw['created_at']) ?? null,
    createdById: asInt(raw['created_by']) ?? 0,
  });
}

export function mapCustomFieldDefinition(raw: unknown): CustomFieldDefinition | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  return Object.assign(new CustomFieldDefinition(), {
    id,
    name: asString(raw['name']) ?? '',
    code: asString(raw['code']) ?? null,
    type: asString(raw['type']) ?? 'unknown',
    enums: mapRows(asArray(raw['enums']) ?? [], mapEnum),
  });
}

function mapEnum(raw: unknown): CustomFieldEnum | undefined {
  if (!isRecord(raw)) return undefined;
  const id = asId(raw['id']);
  if (id === undefined) return undefined;
  return Object.assign(new CustomFieldEnum(), {
    id,
    value: asString(raw['value']) ?? '',
    sort: asInt(raw['sort']) ?? null,
    code: asString(raw['code']) ?? null,
  });
}
