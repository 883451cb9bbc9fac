import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
} from './change-events.type';
import {
  ChatMessageEvent,
  GenericEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  PlainEvent,
  TransactionEvent,
} from './plain-events.type';
import { TaskDeadlineChangedEvent, TaskTextChangedEvent, TaskTypeChangedEvent } from './task-events.type';

/** The concrete event types: reachable only through the `KommoEvent` interface, so the schema lists them explicitly. */
export const CONCRETE_EVENT_TYPES = [
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
