import { problem } from '../common/bad-user-input';
import { KommoEntityType } from '../common/entity-type.enum';
import type { InputChecks } from '../common/input-checks';
import { kommoId, kommoIds, nonEmpty, notBlank, orderedRange, type Maybe } from '../common/input-rules';
import { checkRecordFilter, idList } from '../common/record-filter.rules';
import { checkRecord, instant, knownId, recordRef, wholeAmount } from '../common/record-write.rules';
import type { LeadFilter } from './lead-filter.input';
import type { CreateLeadInput, UpdateLeadInput } from './lead.input';

/** Every rule on lead input: the list filter, new leads and changes to one. */

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

/** The rules of a new lead and of a change to one; `at` is the item's argument path (`input[3]`, `input`). */
export function checkLead(c: InputChecks, at: string, input: CreateLeadInput | UpdateLeadInput): void {
  checkRecord(c, at, input, KommoEntityType.LEAD);
  notBlank(c, `${at}.name`, input.name);
  wholeAmount(c, `${at}.price`, input.price);
  instant(c, `${at}.closedAt`, input.closedAt);
  knownId(c, `${at}.lossReasonId`, input.lossReasonId, 'loss reason', (loaders, id) => loaders.lossReasonById(id));
  checkPlacement(c, at, input.pipelineId, input.statusId);
}

/** `checkLead` plus the links a new lead may have: existing contacts (at most one main) and a company. */
export function checkNewLead(c: InputChecks, at: string, input: CreateLeadInput): void {
  checkLead(c, at, input);
  if (nonEmpty(c, `${at}.contacts`, input.contacts)) {
    const contacts = input.contacts;
    contacts.forEach((link, index) => {
      const field = `${at}.contacts[${index}].id`;
      if (contacts.findIndex((other) => other.id === link.id) < index) c.fail(field, 'links the same contact twice');
      else recordRef(c, field, KommoEntityType.CONTACT, link.id);
    });
    if (contacts.filter((link) => link.isMain === true).length > 1)
      c.fail(`${at}.contacts`, 'at most one contact can be the main one');
  }
  recordRef(c, `${at}.companyId`, KommoEntityType.COMPANY, input.companyId);
}

/** With a pipeline, the status must be one of its own; a status alone must exist in some pipeline (142/143 are in all). */
function checkPlacement(c: InputChecks, at: string, pipelineId: Maybe<string>, statusId: Maybe<string>): void {
  const pipelineOk = kommoId(c, `${at}.pipelineId`, pipelineId);
  const statusOk = kommoId(c, `${at}.statusId`, statusId);
  if (!pipelineOk && !statusOk) return;
  c.lookup(async (loaders) => {
    const pipelines = await loaders.pipelines();
    const pipeline = pipelines.find((item) => item.id === pipelineId);
    if (pipelineOk && !pipeline) return [problem(`${at}.pipelineId`, `no pipeline with id ${pipelineId ?? ''}`)];
    const candidates = pipeline ? [pipeline] : pipelines;
    if (statusOk && !candidates.some((item) => item.statuses.some((status) => status.id === statusId))) {
      return [
        problem(
          `${at}.statusId`,
          pipeline ? `pipeline ${pipeline.id} has no status ${statusId ?? ''}` : `no status with id ${statusId ?? ''}`,
        ),
      ];
    }
    return [];
  });
}
