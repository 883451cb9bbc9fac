import { defined } from '../../lib/defined';
import { KommoEntityType } from '../common/entity-type.enum';
import type { InputChecks } from '../common/input-checks';
import { given, nonNegative, notBlank, orderedRange, type Maybe } from '../common/input-rules';
import { idList } from '../common/record-filter.rules';
import { checkPeople, instant, knownId, recordRef } from '../common/record-write.rules';
import type { TaskFilter } from './task-filter.input';
import type { CreateTaskInput, UpdateTaskInput } from './task.input';

/** Every rule on task input: the list filter, new tasks and changes to one. */

/** A task filter (entityIds need an entityType that is not TASK); answers it without `null` fields. */
export function checkTaskFilter(c: InputChecks, input: Maybe<TaskFilter>): TaskFilter | undefined {
  if (input === null || input === undefined) return undefined;
  const filter = defined(input);
  idList(c, 'filter.ids', filter.ids);
  if (filter.entityType === KommoEntityType.TASK)
    c.fail('filter.entityType', 'tasks belong to a LEAD, CONTACT, COMPANY or CUSTOMER');
  if (idList(c, 'filter.entityIds', filter.entityIds) && filter.entityType === undefined)
    c.fail('filter.entityIds', 'entityIds requires entityType');
  idList(c, 'filter.taskTypeIds', filter.taskTypeIds);
  idList(c, 'filter.responsibleUserIds', filter.responsibleUserIds);
  idList(c, 'filter.createdBy', filter.createdBy);
  orderedRange(c, 'filter.updatedAt', filter.updatedAt);
  return filter;
}

/** The rules of a new task and of a change to one; `at` is the item's argument path (`input[3]`, `input`). */
export function checkTask(c: InputChecks, at: string, input: CreateTaskInput | UpdateTaskInput): void {
  checkPeople(c, at, input);
  notBlank(c, `${at}.text`, input.text);
  instant(c, `${at}.completeTill`, input.completeTill);
  nonNegative(c, `${at}.duration`, input.duration);
  knownId(c, `${at}.taskTypeId`, input.taskTypeId, 'task type', (loaders, id) => loaders.taskTypeById(id));
  const { entityType, entityId } = input;
  if (given(entityType) !== given(entityId))
    c.fail(`${at}.${given(entityType) ? 'entityId' : 'entityType'}`, 'set entityType and entityId together');
  else if (entityType === KommoEntityType.TASK) c.fail(`${at}.entityType`, 'a task cannot be attached to a task');
  // Ponte does not read customers (no simulator route to test a check against), so it cannot
  // prove a customer id exists; an unknown one would fail its whole batch at Kommo.
  else if (entityType === KommoEntityType.CUSTOMER)
    c.fail(`${at}.entityType`, 'tasks can be attached to a LEAD, CONTACT or COMPANY; Ponte cannot check customer ids');
  else if (given(entityType)) recordRef(c, `${at}.entityId`, entityType, entityId);
}

/** `checkTask` plus the result, which completes the task. */
export function checkTaskChange(c: InputChecks, at: string, input: UpdateTaskInput): void {
  checkTask(c, at, input);
  notBlank(c, `${at}.result`, input.result);
  if (given(input.result) && input.isCompleted !== true)
    c.fail(`${at}.result`, 'only with isCompleted: true (a result completes the task)');
}
