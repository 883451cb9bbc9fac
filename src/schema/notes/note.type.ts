import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../scalars/json.scalar';

@ObjectType({ simpleResolvers: true, description: 'A note in the feed of a lead, contact, company or customer.' })
export class Note {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Kommo note_type, e.g. "common", "call_in", "service_message".' })
  noteType!: string;

  @Field(() => String, { nullable: true, description: 'params.text when the note type has one.' })
  text!: string | null;

  @Field(() => JSONScalar, { description: 'The raw params object of the note type.' })
  params!: unknown;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  /** Resolved by `NoteResolver.createdBy`; 0 means robot. */
  createdById!: number;
}
