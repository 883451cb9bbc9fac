import { taskRow, taskUpdateRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import { given, type Maybe } from '../common/input-rules';
import type { RecordWrites, Touched } from '../common/record-writes';
import type { CreateTaskInput, UpdateTaskInput } from './task.input';
import { checkTask, checkTaskChange } from './task.rules';

/** How tasks are written: their rules, their Kommo row, and the records they are attached to (whose tasks change). */

function owner(entityType: Maybe<KommoEntityType>, entityId: Maybe<string>): Touched[] {
  return given(entityType) && given(entityId) ? [[entityType, entityId]] : [];
}

export const TASK_WRITES: RecordWrites<CreateTaskInput, UpdateTaskInput, 'tasks'> = {
  type: KommoEntityType.TASK,
  entity: 'tasks',
  create: { check: checkTask, row: taskRow, touches: (input) => owner(input.entityType, input.entityId) },
  update: {
    check: checkTaskChange,
    row: taskUpdateRow,
    touches: (input, current) => [
      ...owner(current.entityType, current.entityId),
      ...owner(input.entityType, input.entityId),
    ],
  },
};
