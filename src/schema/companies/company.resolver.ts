import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { buildRecordQuery } from '../../kommo/entities/entity-query';
import { KommoEntityType } from '../common/entity-type.enum';
import { CrmRecordResolver } from '../common/kommo-record.resolver';
import { checkSearch } from '../common/list-args.rules';
import { checkRecordFilter } from '../common/record-filter.rules';
import { listPage, recordById } from '../common/record-queries';
import { createRecords, updateRecord } from '../common/record-writes';
import { Contact } from '../contacts/contact.type';
import { Lead } from '../leads/lead.type';
import { CompanyConnection } from './company-connection.type';
import { CompanyListArgs } from './company-filter.input';
import { CreateCompanyInput, UpdateCompanyInput } from './company.input';
import { Company } from './company.type';
import { COMPANY_WRITES } from './company.writes';

/** Everything about `Company`: its queries and mutations, and its links (each batched across the response). */
@Resolver(() => Company)
export class CompanyResolver extends CrmRecordResolver(Company, KommoEntityType.COMPANY) {
  @Query(() => CompanyConnection, {
    description: 'Companies (GET /api/v4/companies), filtered, searched and sorted by Kommo.',
  })
  companies(@Ctx() ctx: Context, @Args(() => CompanyListArgs) args: CompanyListArgs): Promise<CompanyConnection> {
    return listPage(ctx, CompanyConnection, 'companies', args, (c) => {
      const filter = checkRecordFilter(c, args.filter);
      const query = checkSearch(c, args.query);
      return (request) => buildRecordQuery(filter, { ...request, query });
    });
  }

  @Query(() => Company, { nullable: true, description: 'A company by id; null when Kommo does not return it.' })
  company(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Company | null> {
    return recordById(ctx, 'companies', id);
  }

  @Mutation(() => [Company], {
    description:
      'Creates companies, in input order. Over 250 go in sequential batches (see createLeads for partial failures).',
  })
  createCompanies(
    @Ctx() ctx: Context,
    @Arg('input', () => [CreateCompanyInput]) input: CreateCompanyInput[],
  ): Promise<Company[]> {
    return createRecords(ctx, COMPANY_WRITES, input);
  }

  @Mutation(() => Company, { description: 'Changes one company; answers it as Kommo now has it.' })
  updateCompany(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput,
  ): Promise<Company> {
    return updateRecord(ctx, COMPANY_WRITES, input);
  }

  @FieldResolver(() => [Contact], { nullable: true, description: "Linked contacts, in Kommo's order." })
  contacts(@Root() company: Company, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.kommo.many('contacts', company.contactIds);
  }

  @FieldResolver(() => [Lead], { nullable: true, description: "Linked leads, in Kommo's order." })
  leads(@Root() company: Company, @Ctx() ctx: Context): Promise<Lead[]> {
    return ctx.loaders.kommo.many('leads', company.leadIds);
  }
}
