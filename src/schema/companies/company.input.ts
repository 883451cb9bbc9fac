import { Field, ID, InputType } from 'type-graphql';
import { RecordWriteInput } from '../common/record-write.input';

@InputType({ description: 'A new company.' })
export class CreateCompanyInput extends RecordWriteInput {
  @Field(() => String, { description: 'Must not be blank.' })
  name!: string;
}

@InputType({ description: 'Changes to one company: at least one field besides id.' })
export class UpdateCompanyInput extends RecordWriteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Must not be blank.' })
  name?: string | null;
}
