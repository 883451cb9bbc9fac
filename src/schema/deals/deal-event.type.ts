import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../scalars/json.scalar';
import { DealEventApp } from './deal-event-app.type';
import { DealEventKind } from './deal-event-kind.enum';

@ObjectType({
  description: 'An event on a WoofedCRM deal timeline: a note, an activity, a message, or a system event.',
})
export class DealEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  dealId!: string | null;

  @Field(() => ID)
  contactId!: string;

  @Field(() => DealEventKind)
  kind!: DealEventKind;

  @Field(() => String, {
    description: 'The upstream kind as sent, e.g. "chatwoot_message"; useful when kind is UNKNOWN.',
  })
  rawKind!: string;

  @Field(() => String, { description: 'Empty when none was given.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The body. WoofedCRM does not return it over REST: Ponte fills it from the input on writes; null on reads.',
  })
  content!: string | null;

  @Field(() => Boolean)
  done!: boolean;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'For messages sent now, WoofedCRM stamps the sending time here.' })
  scheduledAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'As WoofedCRM echoes it: null once a send-now was processed.' })
  sendNow!: boolean | null;

  @Field(() => Boolean, { description: 'True on a scheduled message: WoofedCRM delivers it at scheduledAt.' })
  autoDone!: boolean;

  @Field(() => Boolean, { nullable: true })
  fromMe!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Delivery status set by the apps: sent, delivered, read or failed.',
  })
  status!: string | null;

  @Field(() => DealEventApp, { nullable: true })
  app!: DealEventApp | null;

  @Field(() => JSONScalar, { description: 'E.g. chatwoot_inbox_id; after delivery, chatwoot_id or message_id.' })
  additionalAttributes!: Record<string, unknown>;

  @Field(() => JSONScalar)
  customAttributes!: Record<string, unknown>;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}
