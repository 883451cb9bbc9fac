import { Field, ID, InputType } from 'type-graphql';

/** Fields every message input shares. */
@InputType()
abstract class MessageInput {
  @Field(() => ID, { description: 'The WoofedCRM app (integration) id that sends the message.' })
  appId!: string;

  @Field(() => String, { description: 'Must not be blank.' })
  content!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Defaults to the title WoofedCRM itself uses for this kind of message.',
  })
  title?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Absent: sent now. Present: delivered at that instant, which must be in the future.',
  })
  scheduledAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Repeating the mutation with the same key (within 24 h) returns the first result without sending again; 1 to 255 characters.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A message sent through a Chatwoot inbox (kind chatwoot_message).' })
export class ChatwootMessageInput extends MessageInput {
  @Field(() => String, { description: 'The Chatwoot inbox id, e.g. "62483".' })
  inboxId!: string;
}

@InputType({ description: 'A WhatsApp message sent through the Evolution API (kind evolution_api_message).' })
export class WhatsappMessageInput extends MessageInput {}
