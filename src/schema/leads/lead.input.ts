import { Field, Float, ID, InputType } from 'type-graphql';
import { RecordWriteInput } from '../common/record-write.input';

@InputType()
abstract class LeadWriteInput extends RecordWriteInput {
  @Field(() => Float, {
    nullable: true,
    description: 'Sale value: a whole number ≥ 0 (Kommo stores prices as integers; a Float carries values past 2^31).',
  })
  price?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "Alone: a status of the lead's pipeline (new leads: of the main pipeline).",
  })
  statusId?: string | null;

  @Field(() => ID, { nullable: true, description: "Without statusId the lead goes to the pipeline's first stage." })
  pipelineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meaningful with the closed-lost status (143).' })
  lossReasonId?: string | null;

  @Field(() => Date, { nullable: true })
  closedAt?: Date | null;
}

@InputType({ description: 'An existing contact to link to a new lead.' })
export class LeadContactLinkInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'At most one contact per lead is the main one; default: the first.',
  })
  isMain?: boolean | null;
}

@InputType({ description: "A new lead. Kommo defaults: the first stage of the main pipeline, the token's user." })
export class CreateLeadInput extends LeadWriteInput {
  @Field(() => String, { description: 'Must not be blank.' })
  name!: string;

  @Field(() => [LeadContactLinkInput], { nullable: true })
  contacts?: LeadContactLinkInput[] | null;

  @Field(() => ID, { nullable: true, description: 'An existing company to link.' })
  companyId?: string | null;
}

@InputType({ description: 'Changes to one lead: at least one field besides id.' })
export class UpdateLeadInput extends LeadWriteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Must not be blank.' })
  name?: string | null;
}
