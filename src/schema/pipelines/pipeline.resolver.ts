import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { validate } from '../common/input-checks';
import { kommoId } from '../common/input-rules';
import { Pipeline } from './pipeline.type';

@Resolver(() => Pipeline)
export class PipelineResolver {
  @Query(() => [Pipeline], { description: 'Every lead pipeline with its statuses (stages), as Kommo orders them.' })
  pipelines(@Ctx() ctx: Context): Promise<Pipeline[]> {
    return ctx.loaders.kommo.pipelines();
  }

  @Query(() => Pipeline, { nullable: true, description: 'A pipeline with its statuses; null when unknown.' })
  pipeline(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Pipeline | null> {
    validate((c) => kommoId(c, 'id', id));
    return ctx.loaders.kommo.pipelineById(id);
  }
}
