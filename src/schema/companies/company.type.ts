import { ObjectType } from 'type-graphql';
import { CrmRecord } from '../entities/crm-record.type';

@ObjectType({ description: 'A Kommo company.' })
export class Company extends CrmRecord {}
