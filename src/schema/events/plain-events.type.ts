import { Field, ID, Int, ObjectType } from 'type-graphql';
import { KommoEvent } from './kommo-event.interface';

@ObjectType({ simpleResolvers: true,
  implements: KommoEvent,
  description: 'Deleted, restored, merged, task added/deleted/completed: no payload.',
})
export class PlainEvent extends KommoEvent {}

@ObjectType({ simpleResolvers: true, implements: KommoEvent, description: 'Any other event type, including types Kommo adds later.' })
export class GenericEvent extends KommoEvent {}

@ObjectType({ simpleResolvers: true,
  implements: KommoEvent,
  description: 'An event whose payload is a note: added records, notes, calls, SMS...',
})
export class NoteEvent extends KommoEvent {
  @Field(() => ID, { nullable: true })
  noteId!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class NpsRatedEvent extends KommoEvent {
  @Field(() => Int, { nullable: true })
  rate!: number | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class ChatMessageEvent extends KommoEvent {
  @Field(() => String, { nullable: true })
  messageId!: string | null;

  @Field(() => ID, { nullable: true })
  talkId!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent, description: 'A Kommo AI / helpbot event (robot_replied, intent_identified).' })
export class HelpbotEvent extends KommoEvent {
  @Field(() => ID, { nullable: true })
  helpbotId!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class TransactionEvent extends KommoEvent {
  @Field(() => ID, { nullable: true })
  transactionId!: string | null;
}
