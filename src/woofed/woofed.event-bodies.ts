import type { WoofedAppType, WoofedEventBody } from './woofed.types';

export interface NoteRequest {
  content: string;
  title?: string | undefined;
}

export interface ActivityRequest {
  title: string;
  content?: string | undefined;
  scheduledAt: Date;
  done?: boolean | undefined;
}

export type MessageChannel = 'chatwoot' | 'whatsapp';

export interface MessageRequest {
  channel: MessageChannel;
  appId: number;
  /** Chatwoot only. */
  inboxId?: string | undefined;
  content: string;
  title?: string | undefined;
  /** Absent: send now. */
  scheduledAt?: Date | undefined;
}

const CHANNELS: Record<MessageChannel, { kind: WoofedEventBody['kind']; appType: WoofedAppType; title: string }> = {
  // The titles WoofedCRM's own senders use, so the timeline reads the same as the app's.
  chatwoot: { kind: 'chatwoot_message', appType: 'Apps::Chatwoot', title: 'Chatwoot Message' },
  whatsapp: { kind: 'evolution_api_message', appType: 'Apps::EvolutionApi', title: 'Whatsapp Message' },
};

/** `{ kind: "note", title?, content }`. */
export function noteBody(request: NoteRequest): WoofedEventBody {
  return { kind: 'note', ...optional('title', request.title), content: request.content };
}

/** `{ kind: "activity", title, content?, scheduled_at, done? }`. */
export function activityBody(request: ActivityRequest): WoofedEventBody {
  return {
    kind: 'activity',
    title: request.title,
    ...optional('content', request.content),
    scheduled_at: request.scheduledAt.toISOString(),
    ...optional('done', request.done),
  };
}

/**
 * A Chatwoot or Evolution API message the upstream will actually deliver: `send_now: true`, or
 * `scheduled_at` with `auto_done: true` (the upstream enqueues a scheduled delivery only then).
 */
export function messageBody(request: MessageRequest): WoofedEventBody {
  const channel = CHANNELS[request.channel];
  const timing: Partial<WoofedEventBody> =
    request.scheduledAt === undefined
      ? { send_now: true }
      : { scheduled_at: request.scheduledAt.toISOString(), auto_done: true };
  return {
    kind: channel.kind,
    title: request.title ?? channel.title,
    content: request.content,
    ...timing,
    app_type: channel.appType,
    app_id: request.appId,
    ...(request.inboxId === undefined ? {} : { additional_attributes: { chatwoot_inbox_id: request.inboxId } }),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
