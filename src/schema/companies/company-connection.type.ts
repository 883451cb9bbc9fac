import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type';
import { Company } from './company.type';

@ObjectType({ simpleResolvers: true })
export class CompanyConnection extends Connection(Company) {}
