import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { buildLeadQuery } from '../../kommo/entities/entity-query';
import { checkLeadFilter } from './lead.rules';
import { checkSearch } from '../common/list-args.rules';
import { LeadConnection } from './lead-connection.type';
import { listPage, recordById } from '../common/record-queries';
import { LeadListArgs } from './lead-filter.input';
import { Lead } from './lead.type';

@Resolver()
export class LeadsResolver {
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
}
