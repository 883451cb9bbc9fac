import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A status (stage) of a pipeline. Ids 142 (won) and 143 (lost) exist in every pipeline.' })
export class PipelineStatus {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  color!: string | null;

  @Field(() => Int)
  sort!: number;

  /** Resolved by `PipelineStatusResolver.pipeline`. */
  pipelineId!: string;
}
