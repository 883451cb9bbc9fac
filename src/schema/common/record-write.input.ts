import { Field, ID, InputType } from 'type-graphql';
import { CustomFieldValueInput } from '../custom-fields/custom-field-value.input';
import { TagRefInput } from './tag-ref.input';

/** Who and when, on every written record. Kommo fills what is omitted (the token's user, now). */
@InputType()
export abstract class PeopleWriteInput {
  @Field(() => ID, { nullable: true })
  responsibleUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user id; "0" records the write as done by a robot.' })
  createdBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user id; "0" records the write as done by a robot.' })
  updatedBy?: string | null;

  @Field(() => Date, { nullable: true })
  createdAt?: Date | null;

  @Field(() => Date, { nullable: true })
  updatedAt?: Date | null;
}

/** Tags and custom fields of leads, contacts and companies. */
@InputType()
export abstract class RecordWriteInput extends PeopleWriteInput {
  @Field(() => [TagRefInput], { nullable: true })
  tagsToAdd?: TagRefInput[] | null;

  @Field(() => [TagRefInput], { nullable: true })
  tagsToDelete?: TagRefInput[] | null;

  @Field(() => [CustomFieldValueInput], { nullable: true, description: 'Only the fields named here change.' })
  customFieldsValues?: CustomFieldValueInput[] | null;
}
