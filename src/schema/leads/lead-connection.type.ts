import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type';
import { Lead } from './lead.type';

@ObjectType({ simpleResolvers: true })
export class LeadConnection extends Connection(Lead) {}
