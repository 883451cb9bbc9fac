import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type';
import { Company } from '../companies/company.type';
import { Contact } from '../contacts/contact.type';
import { Lead } from '../leads/lead.type';
import { Task } from '../tasks/task.type';

@ObjectType()
export class LeadConnection extends Connection(Lead) {}

@ObjectType()
export class ContactConnection extends Connection(Contact) {}

@ObjectType()
export class CompanyConnection extends Connection(Company) {}

@ObjectType()
export class TaskConnection extends Connection(Task) {}
