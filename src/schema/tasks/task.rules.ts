import { defined } from '../../lib/defined';
import { KommoEntityType } from '../common/entity-type.enum';
import type { InputChecks } from '../common/input-checks';
import { orderedRange, type Maybe } from '../common/input-rules';
import { idList } from '../common/record-filter.rules';
import type { TaskFilter } from './task-filter.input';

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
