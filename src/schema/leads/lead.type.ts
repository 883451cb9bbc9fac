import { Field, Float, ObjectType } from 'type-graphql';
import { CrmRecord } from '../entities/crm-record.type';

@ObjectType({ description: 'A Kommo lead (deal).' })
export class Lead extends CrmRecord {
  @Field(() => Float, { nullable: true, description: 'Sale value; uses price_with_minor_units when Kommo sends it.' })
  price!: number | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  /** Resolved by `LeadResolver`. */
  statusId!: number;
  pipelineId!: number;
  lossReasonId!: number | null;
}
