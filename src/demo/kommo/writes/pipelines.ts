import { asArray, asInt, isRecord } from '../../../lib/decode';
import type { KommoRecord, KommoStore } from '../store';
import type { ItemCheck } from './check';

/**
 * Where a written lead lands. A pipeline without a status means its first stage; a status alone
 * is looked up in the lead's (or the main) pipeline first, since 142/143 exist in every pipeline.
 * INFERRED: "first stage" skips the unsorted "Incoming" stage (type 1), which the API cannot fill.
 */
export interface Placement {
  pipeline_id: number;
  status_id: number;
}

function statusesOf(pipeline: KommoRecord): number[] {
  const embedded = isRecord(pipeline._embedded) ? pipeline._embedded : {};
  return (asArray(embedded['statuses']) ?? [])
    .filter(isRecord)
    .filter((status) => asInt(status['type']) !== 1)
    .sort((a, b) => (asInt(a['sort']) ?? 0) - (asInt(b['sort']) ?? 0))
    .flatMap((status) => asInt(status['id']) ?? []);
}

function allStatusIds(pipeline: KommoRecord): number[] {
  const embedded = isRecord(pipeline._embedded) ? pipeline._embedded : {};
  return (asArray(embedded['statuses']) ?? []).filter(isRecord).flatMap((status) => asInt(status['id']) ?? []);
}

/** `undefined` when nothing moves (or on an error, recorded in `check`). */
export function placement(
  store: KommoStore,
  wanted: { pipelineId: number | undefined; statusId: number | undefined },
  current: Placement | undefined,
  check: ItemCheck,
): Placement | undefined {
  const byId = (id: number | undefined) =>
    store.pipelines.find((pipeline) => id !== undefined && asInt(pipeline.id) === id);
  const main = store.pipelines.find((pipeline) => pipeline.is_main === true) ?? store.pipelines[0];
  if (wanted.pipelineId !== undefined) {
    const pipeline = byId(wanted.pipelineId);
    if (!pipeline) return check.notChoice('pipeline_id');
    if (wanted.statusId === undefined) {
      if (current?.pipeline_id === wanted.pipelineId) return undefined;
      const first = statusesOf(pipeline)[0];
      return first === undefined
        ? check.notChoice('pipeline_id')
        : { pipeline_id: wanted.pipelineId, status_id: first };
    }
    if (!allStatusIds(pipeline).includes(wanted.statusId)) return check.notChoice('status_id');
    return { pipeline_id: wanted.pipelineId, status_id: wanted.statusId };
  }
  if (wanted.statusId !== undefined) {
    const statusId = wanted.statusId;
    const candidates = [byId(current?.pipeline_id), main, ...store.pipelines];
    const pipeline = candidates.find((item) => item !== undefined && allStatusIds(item).includes(statusId));
    if (!pipeline) return check.notChoice('status_id');
    return { pipeline_id: asInt(pipeline.id) ?? 0, status_id: statusId };
  }
  if (current !== undefined || main === undefined) return undefined;
  const first = statusesOf(main)[0];
  return first === undefined ? undefined : { pipeline_id: asInt(main.id) ?? 0, status_id: first };
}
