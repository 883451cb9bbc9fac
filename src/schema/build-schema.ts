import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { createPeopleResolver } from './entities/crm-record.resolver';
import { RECORD_RESOLVERS } from './entities/record-resolvers';
import { Company } from './companies/company.type';
import { Contact } from './contacts/contact.type';
import { DealEventMutations } from './deals/deal-event.resolver';
import { DealEventResolver, DealResolver } from './deals/deal.resolver';
import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
} from './events/change-events.type';
import {
  CustomFieldValueChangedEventResolver,
  LeadStatusChangedEventResolver,
  NoteEventResolver,
  ResponsibleChangedEventResolver,
  TaskTypeChangedEventResolver,
} from './events/event-refs.resolver';
import { EventsResolver } from './events/events.resolver';
import { EntityRefResolver, KommoEventResolver } from './events/kommo-event.resolver';
import {
  ChatMessageEvent,
  GenericEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  PlainEvent,
  TransactionEvent,
} from './events/plain-events.type';
import { TaskDeadlineChangedEvent, TaskTextChangedEvent, TaskTypeChangedEvent } from './events/task-events.type';
import { toSubgraphSchema } from './federation/subgraph-schema';
import { Lead } from './leads/lead.type';
import { LeadResolver } from './leads/lead.resolver';
import { NoteResolver } from './notes/note.resolver';
import { PipelineStatusResolver } from './pipelines/pipeline-status.resolver';
import { DateTimeScalar } from './scalars/date-time.scalar';
import { WRITE_RESOLVERS } from './writes/write-resolvers';
import { TaskResolver } from './tasks/task.resolver';
import { Task } from './tasks/task.type';

/** Concrete event types: reachable only through the interface, so they are listed explicitly. */
const EVENT_TYPES = [
  PlainEvent,
  NoteEvent,
  TaskTextChangedEvent,
  TaskDeadlineChangedEvent,
  TaskTypeChangedEvent,
  LeadStatusChangedEvent,
  ResponsibleChangedEvent,
  TagsChangedEvent,
  LinkEvent,
  CustomFieldValueChangedEvent,
  SaleChangedEvent,
  NameChangedEvent,
  NpsRatedEvent,
  ChatMessageEvent,
  HelpbotEvent,
  TransactionEvent,
  GenericEvent,
];

/**
 * Builds the executable schema, served as a Federation 2 subgraph. Pure: no I/O, safe to call
 * from scripts and tests.
 */
export async function buildPonteSchema(): Promise<GraphQLSchema> {
  return toSubgraphSchema(
    await buildSchema({
      resolvers: [
        EventsResolver,
        KommoEventResolver,
        EntityRefResolver,
        NoteEventResolver,
        LeadStatusChangedEventResolver,
        ResponsibleChangedEventResolver,
        TaskTypeChangedEventResolver,
        CustomFieldValueChangedEventResolver,
        LeadResolver,
        TaskResolver,
        PipelineStatusResolver,
        NoteResolver,
        createPeopleResolver(Lead),
        createPeopleResolver(Contact),
        createPeopleResolver(Company),
        createPeopleResolver(Task),
        DealResolver,
        DealEventResolver,
        DealEventMutations,
        ...RECORD_RESOLVERS,
        ...WRITE_RESOLVERS,
      ],
      orphanedTypes: EVENT_TYPES,
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      validate: false,
    }),
  );
}
