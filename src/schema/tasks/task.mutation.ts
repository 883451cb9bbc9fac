import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { taskRow, taskUpdateRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import { instant, knownId, nonNegative, recordRef, checkPeople } from '../common/record-write.rules';
import { given, notBlank } from '../common/input-rules';
import { createRecords, updateRecord, type CreateSpec, type Touched, type UpdateSpec } from '../common/record-writes';
import type { InputChecks } from '../common/input-checks';
import { CreateTaskInput, UpdateTaskInput } from './task.input';
import { Task } from './task.type';

@Resolver()
export class TaskMutations {
  @Mutation(() => [Task], {
    description:
      'Creates tasks, in input order. Over 250 go in sequential batches (see createLeads for partial failures).',
  })
  createTasks(@Ctx() ctx: Context, @Arg('input', () => [CreateTaskInput]) input: CreateTaskInput[]): Promise<Task[]> {
    return createRecords(ctx, CREATE, input);
  }

  @Mutation(() => Task, { description: 'Changes one task; complete it with isCompleted: true and a result.' })
  updateTask(@Ctx() ctx: Context, @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput): Promise<Task> {
    return updateRecord(ctx, UPDATE, input);
  }
}

function checkTask(c: InputChecks, at: string, input: CreateTaskInput | UpdateTaskInput): void {
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

function owner(entityType: KommoEntityType | null | undefined, entityId: string | null | undefined): Touched[] {
  return given(entityType) && given(entityId) ? [[entityType, entityId]] : [];
}

const CREATE: CreateSpec<CreateTaskInput, 'tasks'> = {
  type: KommoEntityType.TASK,
  entity: 'tasks',
  check: checkTask,
  row: taskRow,
  touches: (input) => owner(input.entityType, input.entityId),
};

const UPDATE: UpdateSpec<UpdateTaskInput, 'tasks'> = {
  type: KommoEntityType.TASK,
  entity: 'tasks',
  check(c, input) {
    checkTask(c, 'input', input);
    notBlank(c, 'input.result', input.result);
    if (given(input.result) && input.isCompleted !== true)
      c.fail('input.result', 'only with isCompleted: true (a result completes the task)');
  },
  row: taskUpdateRow,
  touches: (input, current) => [
    ...owner(current.entityType, current.entityId),
    ...owner(input.entityType, input.entityId),
  ],
};
