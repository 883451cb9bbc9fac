import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Pipeline } from './pipeline.type';
import { PipelineStatus } from './pipeline-status.type';

@Resolver(() => PipelineStatus)
export class PipelineStatusResolver {
  @FieldResolver(() => Pipeline, { nullable: true })
  pipeline(@Root() status: PipelineStatus, @Ctx() ctx: Context): Promise<Pipeline | null> {
    return ctx.loaders.kommo.pipelineById(status.pipelineId);
  }
}
