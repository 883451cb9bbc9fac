import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The integration a message event is sent through.' })
export class DealEventApp {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'WoofedCRM app_type as stored, e.g. "Apps::Chatwoot", "Apps::EvolutionApi".' })
  type!: string;
}
