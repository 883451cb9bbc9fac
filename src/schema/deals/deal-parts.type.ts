import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JSONScalar } from '../scalars/json.scalar';

@ObjectType({ description: "A WoofedCRM deal's contact, as embedded in the deal." })
export class DealContact {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +5511999990000.' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => JSONScalar)
  customAttributes!: Record<string, unknown>;
}

@ObjectType({ description: 'A stage of a WoofedCRM pipeline.' })
export class DealStage {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  position!: number | null;
}

@ObjectType({ description: 'A WoofedCRM pipeline.' })
export class DealPipeline {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}
