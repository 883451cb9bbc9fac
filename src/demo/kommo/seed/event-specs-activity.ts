import type { KommoEventValue } from '../records';
import { single, talkIdOf } from './draft';
import { uuid } from './ids';
import type { EventSpec, SubjectKind } from './timeline-types';

/** Specs for communication, notes, bots, conversations and the types without a published shape. */

type Kinds = ReadonlyArray<readonly [SubjectKind, number]>;
const LEAD_CONTACT: Kinds = [
  ['lead', 3],
  ['contact', 1],
];
const ANY_ENTITY: Kinds = [
  ['lead', 6],
  ['contact', 3],
  ['company', 2],
];

/** `value_after: [{"note":{"id"}}]` pointing at a real note of the same entity. */
function noteEvent(key: string, weight: number, subjects: Kinds, robot = 0.1): EventSpec {
  return {
    key,
    weight,
    subjects,
    build: (ctx, s) => {
      const author = ctx.rng.chance(robot) ? 0 : s.responsibleUserId;
      return single(key, ctx.at, [], [ctx.note(s, key, ctx.at, author)], author);
    },
  };
}

/** A single-key payload in `value_after` (or nothing at all with `make` undefined). */
function valueEvent(
  key: string,
  weight: number,
  subjects: Kinds,
  make?: (ctx: Parameters<EventSpec['build']>[0], s: Parameters<EventSpec['build']>[1]) => KommoEventValue,
  createdBy?: number,
): EventSpec {
  return {
    key,
    weight,
    subjects,
    build: (ctx, s) => single(key, ctx.at, [], make ? [make(ctx, s)] : [], createdBy),
  };
}

export function activitySpecs(): EventSpec[] {
  const chat = (ctx: Parameters<EventSpec['build']>[0], s: Parameters<EventSpec['build']>[1]): KommoEventValue => ({
    message: { id: uuid(ctx.rng), talk_id: talkIdOf(s) },
  });
  const talk = (_ctx: unknown, s: Parameters<EventSpec['build']>[1]): KommoEventValue => ({
    talk: { id: talkIdOf(s) },
  });
  return [
    noteEvent('common_note_added', 30, ANY_ENTITY, 0),
    noteEvent('common_note_deleted', 2, ANY_ENTITY, 0),
    noteEvent('attachment_note_added', 3, ANY_ENTITY, 0),
    noteEvent('targeting_in_note_added', 1, [['contact', 1]], 1),
    noteEvent('targeting_out_note_added', 1, [['contact', 1]], 1),
    noteEvent('geo_note_added', 1, LEAD_CONTACT, 0),
    noteEvent('service_note_added', 4, LEAD_CONTACT, 1),
    noteEvent('site_visit_note_added', 3, LEAD_CONTACT, 1),
    noteEvent('message_to_cashier_note_added', 1, [['lead', 1]], 0),
    noteEvent('incoming_call', 16, LEAD_CONTACT, 0.3),
    noteEvent('outgoing_call', 22, LEAD_CONTACT, 0),
    noteEvent('incoming_sms', 2, LEAD_CONTACT, 1),
    noteEvent('outgoing_sms', 3, LEAD_CONTACT, 0.2),
    noteEvent('link_followed', 3, LEAD_CONTACT, 1),
    noteEvent('ai_result', 2, [['lead', 1]], 1),
    valueEvent('incoming_chat_message', 30, LEAD_CONTACT, chat, 0),
    valueEvent('outgoing_chat_message', 26, LEAD_CONTACT, chat),
    valueEvent('entity_direct_message', 1, [['lead', 1]], (ctx) => ({ message: { id: uuid(ctx.rng) } })),
    valueEvent('incoming_mail', 6, LEAD_CONTACT, (ctx) => ({ mail: { id: ctx.rng.int(700_000, 799_999) } }), 0),
    valueEvent('outgoing_mail', 8, LEAD_CONTACT, (ctx) => ({ mail: { id: ctx.rng.int(700_000, 799_999) } })),
    valueEvent('robot_replied', 5, LEAD_CONTACT, (ctx) => ({ helpbot: { id: ctx.rng.pick([145, 146, 201]) } }), 0),
    valueEvent('intent_identified', 2, LEAD_CONTACT, (ctx) => ({ helpbot: { id: ctx.rng.pick([145, 146, 201]) } }), 0),
    valueEvent('talk_created', 6, LEAD_CONTACT, talk, 0),
    valueEvent('talk_closed', 5, LEAD_CONTACT, talk),
    valueEvent('conversation_answered', 4, LEAD_CONTACT, talk),
    valueEvent('talk_missed_event', 1, LEAD_CONTACT, talk, 0),
    valueEvent('transaction_added', 1, [['customer', 1]], (ctx) => ({
      transaction: { id: ctx.rng.int(30_000, 39_999) },
    })),
    valueEvent('entity_merged', 0.5, [
      ['contact', 2],
      ['company', 1],
    ]),
    valueEvent('key_action_completed', 1, [['lead', 1]], undefined, 0),
    valueEvent('video_opened', 0.5, LEAD_CONTACT, undefined, 0),
    valueEvent('video_closed', 0.5, LEAD_CONTACT, undefined, 0),
    valueEvent('picture_opened', 0.5, LEAD_CONTACT, undefined, 0),
    valueEvent('picture_closed', 0.5, LEAD_CONTACT, undefined, 0),
    valueEvent('zoom_conference', 0.5, [['lead', 1]]),
    valueEvent('meta_chat_subscription_added', 0.5, [['contact', 1]], undefined, 0),
    valueEvent('meta_chat_subscription_removed', 0.5, [['contact', 1]], undefined, 0),
    valueEvent('page_mention', 0.5, [['contact', 1]], undefined, 0),
    valueEvent('dropbox_attachment', 0.5, [['lead', 1]]),
  ];
}
