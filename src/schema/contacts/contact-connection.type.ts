import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type';
import { Contact } from './contact.type';

@ObjectType({ simpleResolvers: true })
export class ContactConnection extends Connection(Contact) {}
