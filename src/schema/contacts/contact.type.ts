import { Field, ObjectType } from 'type-graphql';
import { CrmRecord } from '../entities/crm-record.type';

@ObjectType({ description: 'A Kommo contact (person).' })
export class Contact extends CrmRecord {
  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;
}
