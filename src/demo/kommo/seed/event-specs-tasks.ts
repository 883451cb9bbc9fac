import { TASK_TYPE_IDS } from '../constants';
import { single } from './draft';
import type { EventSpec, Subject } from './timeline-types';

/** Task events: entity_type "task", entity_id = the task id. */

function taskOnly(key: string, weight: number, build: EventSpec['build'], extra: Partial<EventSpec> = {}): EventSpec {
  return { key, weight, subjects: [['task', 1]], build, ...extra };
}

function resultText(s: Subject): string | undefined {
  const result = s.task?.result;
  return result && !Array.isArray(result) ? result.text : undefined;
}

function between(ctx: Parameters<EventSpec['build']>[0], s: Subject): number {
  const task = s.task;
  return task ? ctx.rng.int(task.created_at, Math.max(task.created_at, task.updated_at)) : ctx.at;
}

export function taskSpecs(): EventSpec[] {
  return [
    taskOnly('task_added', 18, (_ctx, s) => single('task_added', s.createdAt, [], [], s.createdBy), { unique: true }),
    taskOnly(
      'task_completed',
      14,
      (_ctx, s) => single('task_completed', s.task?.updated_at ?? s.createdAt, [], [], s.responsibleUserId),
      {
        unique: true,
        eligible: (s) => s.task?.is_completed === true,
      },
    ),
    taskOnly(
      'task_result_added',
      6,
      (ctx, s) => {
        const at = s.task?.updated_at ?? s.createdAt;
        return single(
          'task_result_added',
          at,
          [],
          [ctx.note(s, 'task_result_added', at, s.responsibleUserId, resultText(s))],
          s.responsibleUserId,
        );
      },
      { unique: true, eligible: (s) => resultText(s) !== undefined },
    ),
    taskOnly('task_deadline_changed', 6, (ctx, s) => {
      const deadline = s.task?.complete_till ?? s.createdAt;
      const value = (timestamp: number) => ({ task_deadline: { timestamp } });
      return single(
        'task_deadline_changed',
        between(ctx, s),
        [value(deadline - ctx.rng.int(1, 3) * 86_400)],
        [value(deadline)],
      );
    }),
    taskOnly('task_type_changed', 3, (ctx, s) => {
      const current = s.task?.task_type_id ?? TASK_TYPE_IDS.followUp;
      const previous = ctx.rng.pick(Object.values(TASK_TYPE_IDS).filter((id) => id !== current));
      return single(
        'task_type_changed',
        between(ctx, s),
        [{ task_type: { id: previous } }],
        [{ task_type: { id: current } }],
      );
    }),
    taskOnly('task_text_changed', 3, (ctx, s) =>
      single(
        'task_text_changed',
        between(ctx, s),
        [{ task: { text: 'Call the client' } }],
        [{ task: { text: s.task?.text ?? '' } }],
      ),
    ),
  ];
}
