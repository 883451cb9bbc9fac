import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Pipeline } from '../pipelines/pipeline.type';
import { PipelineStatus } from '../pipelines/pipeline-status.type';
import { Lead } from './lead.type';

@Resolver(() => Lead)
export class LeadResolver {
  @FieldResolver(() => PipelineStatus, { nullable: true })
  status(@Root() lead: Lead, @Ctx() ctx: Context): Promise<PipelineStatus | null> {
    return ctx.loaders.kommo.status(String(lead.pipelineId), String(lead.statusId));
  }

  @FieldResolver(() => Pipeline, { nullable: true })
  pipeline(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Pipeline | null> {
    return ctx.loaders.kommo.pipelineById(String(lead.pipelineId));
  }
}
