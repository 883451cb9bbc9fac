import { Directive, Field, ObjectType } from 'type-graphql';
import { CrmRecord } from '../common/crm-record.type';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: 'A Kommo contact (person).' })
export class Contact extends CrmRecord {
  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => [String], { description: 'The values of the PHONE field.' })
  phones!: string[];

  @Field(() => [String], { description: 'The values of the EMAIL field.' })
  emails!: string[];

  /** From `_embedded.companies` / `with=leads`; resolved by `ContactResolver`. */
  companyId!: string | null;
  leadIds!: string[];
}
