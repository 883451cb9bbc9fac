/** Request bodies exactly as WoofedCRM takes them (snake_case). Responses stay `unknown` until mapped. */

/** The kinds Ponte writes; the upstream enum has more (system kinds), see `DealEventKind`. */
export type WritableEventKind = 'note' | 'activity' | 'chatwoot_message' | 'evolution_api_message';

export type WoofedAppType = 'Apps::Chatwoot' | 'Apps::EvolutionApi';

/**
 * `POST /deals/:deal_id/events`. Absent keys are omitted, never `null`: `title: null` is a 500
 * upstream (NOT NULL column), and a `null` anywhere else only erases a default.
 */
export interface WoofedEventBody {
  kind: WritableEventKind;
  title?: string;
  content?: string;
  /** UTC ISO-8601. */
  scheduled_at?: string;
  done?: boolean;
  /** Message kinds only: deliver now (the upstream stamps `scheduled_at` and enqueues the job). */
  send_now?: true;
  /** Message kinds only, with `scheduled_at`: without it the upstream never enqueues the delivery. */
  auto_done?: true;
  app_type?: WoofedAppType;
  app_id?: number;
  additional_attributes?: { chatwoot_inbox_id: string };
}
