import { Field, ID, ObjectType } from 'type-graphql';
import type { WoofedId } from '../../woofed/woofed-id';
import { JSONScalar } from '../scalars/json.scalar';
import { DealContact, DealPipeline, DealStage } from './deal-parts.type';

@ObjectType({ description: 'A WoofedCRM deal. Its timeline is `events`.' })
export class Deal {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'open, won or lost.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Empty unless lost.' })
  lostReason!: string | null;

  @Field(() => JSONScalar)
  customAttributes!: Record<string, unknown>;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  wonAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lostAt!: Date | null;

  @Field(() => DealContact, { nullable: true })
  contact!: DealContact | null;

  @Field(() => DealStage, { nullable: true })
  stage!: DealStage | null;

  @Field(() => DealPipeline, { nullable: true })
  pipeline!: DealPipeline | null;

  /** Whose events `Deal.events` reads (WoofedCRM lists events only under the contact). */
  contactId!: WoofedId | null;
}
