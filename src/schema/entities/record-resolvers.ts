import { KommoEntityType } from '../common/entity-type.enum';
import { CompaniesResolver } from '../companies/companies.resolver';
import { CompanyLinksResolver } from '../companies/company-links.resolver';
import { Company } from '../companies/company.type';
import { ContactLinksResolver } from '../contacts/contact-links.resolver';
import { Contact } from '../contacts/contact.type';
import { ContactsResolver } from '../contacts/contacts.resolver';
import { CustomFieldsResolver, CustomFieldValueResolver } from '../custom-fields/custom-fields.resolver';
import { LeadLinksResolver } from '../leads/lead-links.resolver';
import { Lead } from '../leads/lead.type';
import { LeadsResolver } from '../leads/leads.resolver';
import { PipelinesResolver } from '../pipelines/pipelines.resolver';
import { TasksResolver } from '../tasks/tasks.resolver';
import { UsersResolver } from '../users/users.resolver';
import { createTasksResolver } from './record-tasks.resolver';

/** The read side of Kommo's CRM records: list/by-id queries, reference lists and nested links. */
export const RECORD_RESOLVERS = [
  LeadsResolver,
  ContactsResolver,
  CompaniesResolver,
  TasksResolver,
  PipelinesResolver,
  UsersResolver,
  CustomFieldsResolver,
  LeadLinksResolver,
  ContactLinksResolver,
  CompanyLinksResolver,
  CustomFieldValueResolver,
  createTasksResolver(Lead, KommoEntityType.LEAD),
  createTasksResolver(Contact, KommoEntityType.CONTACT),
  createTasksResolver(Company, KommoEntityType.COMPANY),
] as const;
