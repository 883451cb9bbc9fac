import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { buildLeadQuery } from '../../kommo/entities/entity-query';
import { KOMMO_EVENTS_LIMIT } from '../../kommo/kommo.client';
import { checkPageSize } from '../common/cursor';
import { KommoEntityType } from '../common/entity-type.enum';
import { validate } from '../common/input-checks';
import { CrmRecordResolver } from '../common/kommo-record.resolver';
import { checkSearch } from '../common/list-args.rules';
import { listPage, recordById } from '../common/record-queries';
import { createRecords, updateRecord } from '../common/record-writes';
import { Company } from '../companies/company.type';
import { Contact } from '../contacts/contact.type';
import { KommoEvent } from '../events/kommo-event.interface';
import { Pipeline } from '../pipelines/pipeline.type';
import { PipelineStatus } from '../pipelines/pipeline-status.type';
import { LeadConnection } from './lead-connection.type';
import { LeadListArgs } from './lead-filter.input';
import { CreateLeadInput, UpdateLeadInput } from './lead.input';
import { checkLeadFilter } from './lead.rules';
import { Lead } from './lead.type';
import { LEAD_WRITES } from './lead.writes';
import { LossReason } from './loss-reason.type';

/** Everything about `Lead`: its queries and mutations, and its fields resolved per request (each batched across the response). */
@Resolver(() => Lead)
export class LeadResolver extends CrmRecordResolver(Lead, KommoEntityType.LEAD) {
  @Query(() => LeadConnection, {
    description: 'Leads (GET /api/v4/leads), filtered, searched and sorted by Kommo; paged like events.',
  })
  leads(@Ctx() ctx: Context, @Args(() => LeadListArgs) args: LeadListArgs): Promise<LeadConnection> {
    return listPage(ctx, LeadConnection, 'leads', args, (c) => {
      const filter = checkLeadFilter(c, args.filter);
      const query = checkSearch(c, args.query);
      return (request) => buildLeadQuery(filter, { ...request, query });
    });
  }

  @Query(() => Lead, { nullable: true, description: 'A lead by id; null when Kommo does not return it.' })
  lead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Lead | null> {
    return recordById(ctx, 'leads', id);
  }

  @Mutation(() => [Lead], {
    description:
      'Creates leads, in input order, optionally linked to existing contacts and a company. Over 250 go in ' +
      'sequential batches; when one fails, the error lists in extensions.committed the leads already created.',
  })
  createLeads(@Ctx() ctx: Context, @Arg('input', () => [CreateLeadInput]) input: CreateLeadInput[]): Promise<Lead[]> {
    return createRecords(ctx, LEAD_WRITES, input);
  }

  @Mutation(() => Lead, { description: 'Changes one lead; answers it as Kommo now has it.' })
  updateLead(@Ctx() ctx: Context, @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput): Promise<Lead> {
    return updateRecord(ctx, LEAD_WRITES, input);
  }

  @FieldResolver(() => PipelineStatus, { nullable: true })
  status(@Root() lead: Lead, @Ctx() ctx: Context): Promise<PipelineStatus | null> {
    return ctx.loaders.kommo.status(String(lead.pipelineId), String(lead.statusId));
  }

  @FieldResolver(() => Pipeline, { nullable: true })
  pipeline(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Pipeline | null> {
    return ctx.loaders.kommo.pipelineById(String(lead.pipelineId));
  }

  @FieldResolver(() => [Contact], { nullable: true, description: "Linked contacts, in Kommo's order." })
  contacts(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.kommo.many('contacts', lead.contactIds);
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Company | null> {
    return lead.companyId === null ? Promise.resolve(null) : ctx.loaders.kommo.byId('companies', lead.companyId);
  }

  @FieldResolver(() => LossReason, { nullable: true, description: 'Why the lead was lost; null unless Kommo has one.' })
  lossReason(@Root() lead: Lead, @Ctx() ctx: Context): Promise<LossReason | null> {
    if (lead.lossReasonId === null) return Promise.resolve(null);
    const id = String(lead.lossReasonId);
    // Reads ask for with=loss_reason; a record from elsewhere (a write) falls back to the account's list.
    if (lead.embeddedLossReason?.id === id) return Promise.resolve(lead.embeddedLossReason);
    return ctx.loaders.kommo.lossReasonById(id);
  }

  @FieldResolver(() => [KommoEvent], {
    nullable: true,
    description: 'The newest events of this lead, newest first: all of them up to `first` (1 to 100).',
  })
  events(
    @Root() lead: Lead,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) requested?: number | null,
  ): Promise<KommoEvent[]> {
    const first = requested ?? 10;
    validate((c) => checkPageSize(c, first, KOMMO_EVENTS_LIMIT));
    return ctx.loaders.kommo.leadEvents(lead.id, first);
  }
}
