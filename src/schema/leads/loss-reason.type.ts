import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Why a lead was lost (Kommo loss reasons, meaningful on status 143).' })
export class LossReason {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  sort!: number | null;
}
