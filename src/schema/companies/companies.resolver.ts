import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { buildRecordQuery } from '../../kommo/entities/entity-query';
import { checkRecordFilter } from '../common/record-filter.rules';
import { checkSearch } from '../common/list-args.rules';
import { CompanyConnection } from './company-connection.type';
import { listPage, recordById } from '../common/record-queries';
import { CompanyListArgs } from './company-filter.input';
import { Company } from './company.type';

@Resolver()
export class CompaniesResolver {
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
}
