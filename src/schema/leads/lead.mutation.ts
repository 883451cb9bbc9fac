import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { leadRow, newLeadRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import { instant, knownId, recordRef, wholeAmount, checkRecord } from '../common/record-write.rules';
import { given, kommoId, nonEmpty, notBlank } from '../common/input-rules';
import { problem } from '../common/bad-user-input';
import { createRecords, updateRecord, type CreateSpec, type Touched, type UpdateSpec } from '../common/record-writes';
import type { InputChecks } from '../common/input-checks';
import { CreateLeadInput, UpdateLeadInput } from './lead.input';
import { Lead } from './lead.type';

@Resolver()
export class LeadMutations {
  @Mutation(() => [Lead], {
    description:
      'Creates leads, in input order, optionally linked to existing contacts and a company. Over 250 go in ' +
      'sequential batches; when one fails, the error lists in extensions.committed the leads already created.',
  })
  createLeads(@Ctx() ctx: Context, @Arg('input', () => [CreateLeadInput]) input: CreateLeadInput[]): Promise<Lead[]> {
    return createRecords(ctx, CREATE, input);
  }

  @Mutation(() => Lead, { description: 'Changes one lead; answers it as Kommo now has it.' })
  updateLead(@Ctx() ctx: Context, @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput): Promise<Lead> {
    return updateRecord(ctx, UPDATE, input);
  }
}

const CREATE: CreateSpec<CreateLeadInput, 'leads'> = {
  type: KommoEntityType.LEAD,
  entity: 'leads',
  check(c, at, input) {
    checkLead(c, at, input);
    if (nonEmpty(c, `${at}.contacts`, input.contacts)) {
      const contacts = input.contacts ?? [];
      contacts.forEach((link, index) => {
        const field = `${at}.contacts[${index}].id`;
        if (contacts.findIndex((other) => other.id === link.id) < index) c.fail(field, 'links the same contact twice');
        else recordRef(c, field, KommoEntityType.CONTACT, link.id);
      });
      if (contacts.filter((link) => link.isMain === true).length > 1)
        c.fail(`${at}.contacts`, 'at most one contact can be the main one');
    }
    recordRef(c, `${at}.companyId`, KommoEntityType.COMPANY, input.companyId);
  },
  row: newLeadRow,
  touches: (input) => [
    ...(input.contacts ?? []).map((link): Touched => [KommoEntityType.CONTACT, link.id]),
    ...(given(input.companyId) ? [[KommoEntityType.COMPANY, input.companyId] as const] : []),
  ],
};

const UPDATE: UpdateSpec<UpdateLeadInput, 'leads'> = {
  type: KommoEntityType.LEAD,
  entity: 'leads',
  check: (c, input) => checkLead(c, 'input', input),
  row: leadRow,
};

function checkLead(c: InputChecks, at: string, input: CreateLeadInput | UpdateLeadInput): void {
  checkRecord(c, at, input, KommoEntityType.LEAD);
  notBlank(c, `${at}.name`, input.name);
  wholeAmount(c, `${at}.price`, input.price);
  instant(c, `${at}.closedAt`, input.closedAt);
  knownId(c, `${at}.lossReasonId`, input.lossReasonId, 'loss reason', (loaders, id) => loaders.lossReasonById(id));
  checkPlacement(c, at, input.pipelineId, input.statusId);
}

/** With a pipeline, the status must be one of its own; a status alone must exist in some pipeline (142/143 are in all). */
function checkPlacement(
  c: InputChecks,
  at: string,
  pipelineId: string | null | undefined,
  statusId: string | null | undefined,
): void {
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
