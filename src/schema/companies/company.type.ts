import { Directive, ObjectType } from 'type-graphql';
import { CrmRecord } from '../common/crm-record.type';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: 'A Kommo company.' })
export class Company extends CrmRecord {
  /** From `with=leads,contacts`; resolved by `CompanyResolver`. */
  contactIds!: string[];
  leadIds!: string[];
}
