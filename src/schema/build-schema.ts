import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EVENT_CLASSES } from '../kommo/events/event-classes';
import { LIVE_PUBSUB } from '../live/live-pubsub';
import { CompanyResolver } from './companies/company.resolver';
import { ContactResolver } from './contacts/contact.resolver';
import { CustomFieldDefinitionResolver } from './custom-fields/custom-field-definition.resolver';
import { CustomFieldValueResolver } from './custom-fields/custom-field-value.resolver';
import { DealEventResolver } from './deals/deal-event.resolver';
import { DealEventSubscription } from './deals/deal-event.subscription';
import { DealResolver } from './deals/deal.resolver';
import {
  CustomFieldValueChangedEventResolver,
  LeadStatusChangedEventResolver,
  NoteEventResolver,
  ResponsibleChangedEventResolver,
  TaskTypeChangedEventResolver,
} from './events/event-refs.resolver';
import { EntityRefResolver } from './events/entity-ref.resolver';
import { KommoEventResolver } from './events/kommo-event.resolver';
import { KommoEventSubscription } from './events/kommo-event.subscription';
import { toSubgraphSchema } from './federation/subgraph-schema';
import { LeadResolver } from './leads/lead.resolver';
import { NoteResolver } from './notes/note.resolver';
import { PipelineStatusResolver } from './pipelines/pipeline-status.resolver';
import { PipelineResolver } from './pipelines/pipeline.resolver';
import { DateTimeScalar } from './scalars/date-time.scalar';
import { TaskResolver } from './tasks/task.resolver';
import { UserResolver } from './users/user.resolver';
import { WoofedContactResolver } from './woofed-contacts/woofed-contact.resolver';

/** Every resolver of the schema: the one list. */
const RESOLVERS = [
  KommoEventResolver,
  EntityRefResolver,
  NoteEventResolver,
  LeadStatusChangedEventResolver,
  ResponsibleChangedEventResolver,
  TaskTypeChangedEventResolver,
  CustomFieldValueChangedEventResolver,
  LeadResolver,
  ContactResolver,
  CompanyResolver,
  TaskResolver,
  PipelineResolver,
  PipelineStatusResolver,
  UserResolver,
  NoteResolver,
  CustomFieldDefinitionResolver,
  CustomFieldValueResolver,
  DealResolver,
  DealEventResolver,
  WoofedContactResolver,
  KommoEventSubscription,
  DealEventSubscription,
] as const;

/**
 * Builds the executable schema, served as a Federation 2 subgraph. Pure: no I/O, safe to call
 * from scripts and tests.
 */
export async function buildPonteSchema(): Promise<GraphQLSchema> {
  return toSubgraphSchema(
    await buildSchema({
      resolvers: RESOLVERS,
      orphanedTypes: [...EVENT_CLASSES],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      pubSub: LIVE_PUBSUB,
      validate: false,
    }),
  );
}
