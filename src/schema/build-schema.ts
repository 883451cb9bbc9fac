import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { KommoEntityType } from './common/entity-type.enum';
import { CompaniesResolver } from './companies/companies.resolver';
import { CompanyLinksResolver } from './companies/company-links.resolver';
import { CompanyMutations } from './companies/company.mutation';
import { Company } from './companies/company.type';
import { ContactLinksResolver } from './contacts/contact-links.resolver';
import { ContactMutations } from './contacts/contact.mutation';
import { Contact } from './contacts/contact.type';
import { ContactsResolver } from './contacts/contacts.resolver';
import { CustomFieldsResolver, CustomFieldValueResolver } from './custom-fields/custom-fields.resolver';
import { DealEventMutations } from './deals/deal-event.resolver';
import { DealEventResolver, DealResolver } from './deals/deal.resolver';
import { createPeopleResolver } from './entities/crm-record.resolver';
import { createTasksResolver } from './entities/record-tasks.resolver';
import { CONCRETE_EVENT_TYPES } from './events/concrete-events';
import {
  CustomFieldValueChangedEventResolver,
  LeadStatusChangedEventResolver,
  NoteEventResolver,
  ResponsibleChangedEventResolver,
  TaskTypeChangedEventResolver,
} from './events/event-refs.resolver';
import { EventsResolver } from './events/events.resolver';
import { EntityRefResolver, KommoEventResolver } from './events/kommo-event.resolver';
import { toSubgraphSchema } from './federation/subgraph-schema';
import { LeadLinksResolver } from './leads/lead-links.resolver';
import { LeadMutations } from './leads/lead.mutation';
import { LeadResolver } from './leads/lead.resolver';
import { Lead } from './leads/lead.type';
import { LeadsResolver } from './leads/leads.resolver';
import { NoteResolver } from './notes/note.resolver';
import { PipelineStatusResolver } from './pipelines/pipeline-status.resolver';
import { PipelinesResolver } from './pipelines/pipelines.resolver';
import { DateTimeScalar } from './scalars/date-time.scalar';
import { TaskMutations } from './tasks/task.mutation';
import { TaskResolver } from './tasks/task.resolver';
import { Task } from './tasks/task.type';
import { TasksResolver } from './tasks/tasks.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every resolver of the schema: the one list. */
const RESOLVERS = [
  EventsResolver,
  KommoEventResolver,
  EntityRefResolver,
  NoteEventResolver,
  LeadStatusChangedEventResolver,
  ResponsibleChangedEventResolver,
  TaskTypeChangedEventResolver,
  CustomFieldValueChangedEventResolver,
  LeadsResolver,
  LeadResolver,
  LeadLinksResolver,
  LeadMutations,
  createPeopleResolver(Lead),
  createTasksResolver(Lead, KommoEntityType.LEAD),
  ContactsResolver,
  ContactLinksResolver,
  ContactMutations,
  createPeopleResolver(Contact),
  createTasksResolver(Contact, KommoEntityType.CONTACT),
  CompaniesResolver,
  CompanyLinksResolver,
  CompanyMutations,
  createPeopleResolver(Company),
  createTasksResolver(Company, KommoEntityType.COMPANY),
  TasksResolver,
  TaskResolver,
  TaskMutations,
  createPeopleResolver(Task),
  PipelinesResolver,
  PipelineStatusResolver,
  UsersResolver,
  NoteResolver,
  CustomFieldsResolver,
  CustomFieldValueResolver,
  DealResolver,
  DealEventResolver,
  DealEventMutations,
] as const;

/**
 * Builds the executable schema, served as a Federation 2 subgraph. Pure: no I/O, safe to call
 * from scripts and tests.
 */
export async function buildPonteSchema(): Promise<GraphQLSchema> {
  return toSubgraphSchema(
    await buildSchema({
      resolvers: RESOLVERS,
      orphanedTypes: CONCRETE_EVENT_TYPES,
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      validate: false,
    }),
  );
}
