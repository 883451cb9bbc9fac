import { KOMMO_NOW } from '../constants';
import type { KommoEventValue, KommoPipeline } from '../records';
import type { Rng } from './random';
import type { Draft, SeedData, Subject } from './timeline-types';

/** Small helpers shared by the event specs. */

export function single(
  type: string,
  at: number,
  before: KommoEventValue[],
  after: KommoEventValue[],
  createdBy?: number,
): Draft[] {
  return [createdBy === undefined ? { type, at, before, after } : { type, at, before, after, createdBy }];
}

/** A time after `at`, at most KOMMO_NOW. */
export function later(rng: Rng, at: number, maxSeconds: number): number {
  return Math.min(at + rng.int(60, maxSeconds), KOMMO_NOW);
}

export function otherUser(rng: Rng, data: SeedData, userId: number): number {
  return rng.pick(data.users.filter((user) => user.id !== userId)).id;
}

export function pipelineOf(data: SeedData, pipelineId: number): KommoPipeline | undefined {
  return data.pipelines.find((pipeline) => pipeline.id === pipelineId);
}

/** `lead_status_changed` payloads ending at the lead's current stage (a random stage when that is the incoming one). */
export function statusChange(
  rng: Rng,
  data: SeedData,
  pipelineId: number,
  currentStatusId: number,
): Pick<Draft, 'before' | 'after'> {
  const statuses = pipelineOf(data, pipelineId)?._embedded.statuses ?? [];
  const current = statuses.find((status) => status.id === currentStatusId);
  const afterId = current && current.type !== 1 ? current.id : rng.pick(statuses.filter((s) => s.type !== 1)).id;
  const beforeId = rng.pick(statuses.filter((s) => s.id !== afterId && s.id !== 142 && s.id !== 143)).id;
  const value = (id: number): KommoEventValue => ({ lead_status: { id, pipeline_id: pipelineId } });
  return { before: [value(beforeId)], after: [value(afterId)] };
}

/** Stable talk id per subject, so chat and talk events of one entity share their conversation. */
export function talkIdOf(subject: Subject): number {
  return 10_000 + (subject.id % 90_000);
}

export function link(kind: 'link' | 'unlink', type: string, id: number): KommoEventValue {
  return { [kind]: { entity: { type, id } } };
}
