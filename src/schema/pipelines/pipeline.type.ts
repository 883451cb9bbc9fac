import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PipelineStatus } from './pipeline-status.type';

@ObjectType({ simpleResolvers: true, description: 'A Kommo lead pipeline with its statuses (stages).' })
export class Pipeline {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  sort!: number;

  @Field(() => Boolean)
  isMain!: boolean;

  @Field(() => Boolean)
  isArchive!: boolean;

  @Field(() => [PipelineStatus])
  statuses!: PipelineStatus[];
}
