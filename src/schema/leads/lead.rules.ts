import type { InputChecks } from '../common/input-checks';
import { kommoIds, nonEmpty, orderedRange, type Maybe } from '../common/input-rules';
import { checkRecordFilter, idList } from '../common/record-filter.rules';
import type { LeadFilter } from './lead-filter.input';

/** `checkRecordFilter` plus price, statuses, pipelines and closedAt. */
export function checkLeadFilter(c: InputChecks, input: Maybe<LeadFilter>): LeadFilter | undefined {
  const filter = checkRecordFilter(c, input);
  if (filter === undefined) return undefined;
  orderedRange(c, 'filter.price', filter.price);
  idList(c, 'filter.pipelineIds', filter.pipelineIds);
  if (nonEmpty(c, 'filter.statuses', filter.statuses)) {
    // Kommo documents the indexed list but "can filter only one stage in one pipeline" (reference §2.2).
    if (filter.statuses.length > 1) {
      c.fail(
        'filter.statuses',
        `Kommo filters leads by one status within one pipeline only, got ${filter.statuses.length} (query each status separately)`,
      );
    } else {
      kommoIds(
        c,
        'filter.statuses',
        filter.statuses.flatMap((status) => [status.pipelineId, status.statusId]),
      );
    }
  }
  orderedRange(c, 'filter.closedAt', filter.closedAt);
  return filter;
}
