import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { CrmRecord } from '../common/crm-record.type';
import type { LossReason } from './loss-reason.type';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: 'A Kommo lead (deal).' })
export class Lead extends CrmRecord {
  @Field(() => Float, { nullable: true, description: 'Sale value; uses price_with_minor_units when Kommo sends it.' })
  price!: number | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  /** Resolved by `LeadResolver`. */
  statusId!: number;
  pipelineId!: number;
  lossReasonId!: number | null;
  /** From `with=contacts` / `_embedded.companies`; resolved by `LeadResolver`. */
  contactIds!: string[];
  companyId!: string | null;
  /** `_embedded.loss_reason[0]` (with=loss_reason), so `lossReason` costs no call. */
  embeddedLossReason!: LossReason | null;
}
