import { Field, ID, InputType } from 'type-graphql';
import { RecordWriteInput } from '../common/record-write.input';

@InputType()
abstract class ContactWriteInput extends RecordWriteInput {
  @Field(() => String, { nullable: true, description: 'Full name; must not be blank.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;
}

@InputType({ description: 'A new contact: name, firstName or lastName must be given (name defaults to "first last").' })
export class CreateContactInput extends ContactWriteInput {}

@InputType({ description: 'Changes to one contact: at least one field besides id.' })
export class UpdateContactInput extends ContactWriteInput {
  @Field(() => ID)
  id!: string;
}
