/**
 * The simulator's tables. Field names and column order mirror the real WoofedCRM schema
 * (snake_case, as the REST API renders them), so serialisers can walk them in order; a few
 * fields the REST API never shows are kept alongside (`content`, `delivery`).
 */
import type { JsonRecord } from '../../lib/decode';

export const MESSAGE_KINDS = ['chatwoot_message', 'evolution_api_message'] as const;

/** The `kind` enum, in the model's declaration order. */
export const EVENT_KINDS = [
  'note',
  'evolution_api_message',
  'activity',
  'chatwoot_message',
  'deal_stage_change',
  'deal_opened',
  'deal_won',
  'deal_lost',
  'deal_reopened',
  'deal_product_added',
  'deal_product_removed',
] as const;

export type WoofedEventKind = (typeof EVENT_KINDS)[number];
export type WoofedEventStatus = 'sent' | 'delivered' | 'read' | 'failed';
export type WoofedDealStatus = 'open' | 'won' | 'lost';

export interface WoofedUser {
  id: number;
  email: string;
  full_name: string;
  language: string;
  phone: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface WoofedPipeline {
  id: number;
  name: string;
  created_at: Date;
  updated_at: Date;
}

export interface WoofedStage {
  id: number;
  name: string;
  pipeline_id: number;
  created_at: Date;
  updated_at: Date;
  position: number;
}

export interface WoofedContact {
  id: number;
  full_name: string;
  phone: string;
  email: string;
  custom_attributes: JsonRecord;
  additional_attributes: JsonRecord;
  app_type: string | null;
  app_id: number | null;
  created_at: Date;
  updated_at: Date;
  label_list: string[];
  chatwoot_conversations_label_list: string[];
}

export interface WoofedDeal {
  id: number;
  name: string;
  status: WoofedDealStatus;
  stage_id: number;
  contact_id: number;
  custom_attributes: JsonRecord;
  created_at: Date;
  updated_at: Date;
  pipeline_id: number;
  position: number;
  created_by_id: number | null;
  total_deal_products_amount_in_cents: number;
  lost_at: Date | null;
  won_at: Date | null;
  lost_reason: string;
}

export interface WoofedDealAssignee {
  id: number;
  deal_id: number;
  user_id: number;
  created_at: Date;
  updated_at: Date;
}

export interface WoofedChatwootInbox {
  id: number;
  name: string;
  channel_type: string;
}

export interface WoofedChatwootApp {
  type: 'Apps::Chatwoot';
  id: number;
  name: string;
  active: boolean;
  chatwoot_account_id: number;
  chatwoot_endpoint_url: string;
  chatwoot_user_token: string;
  inboxes: WoofedChatwootInbox[];
}

export interface WoofedEvolutionApiApp {
  type: 'Apps::EvolutionApi';
  id: number;
  name: string;
  active: boolean;
  endpoint_url: string;
  token: string;
  instance: string;
  phone: string;
  /** 'active' means the WhatsApp instance is connected; anything else makes sends fail. */
  connection_status: string;
}

/** Apps live in one table per type: ids are unique per type only. */
export type WoofedApp = WoofedChatwootApp | WoofedEvolutionApiApp;

/**
 * What the real server's background jobs will do (or did) with a message event:
 * - `none`: not a message kind, nothing to deliver;
 * - `enqueued`: send-now job waiting to run at `runAt`; `scheduled`: delayed job for `scheduled_at`;
 * - `delivered`: the job sent it (done_at and message ids set);
 * - `never`: no job was enqueued, or the job ran and failed silently; `reason` says why.
 */
export interface WoofedDelivery {
  state: 'none' | 'enqueued' | 'scheduled' | 'delivered' | 'never';
  runAt?: Date;
  reason?: string;
}

export interface WoofedEvent {
  id: number;
  deal_id: number | null;
  contact_id: number;
  app_type: string | null;
  app_id: number | null;
  kind: WoofedEventKind;
  scheduled_at: Date | null;
  done_at: Date | null;
  from_me: boolean | null;
  status: WoofedEventStatus | null;
  custom_attributes: JsonRecord;
  additional_attributes: JsonRecord;
  created_at: Date;
  updated_at: Date;
  title: string;
  auto_done: boolean | null;
  /** ActionText body; never rendered by the REST API. */
  content: string | null;
  delivery: WoofedDelivery;
}

/** Ids handed out by the fake Chatwoot / Evolution API when a job delivers a message. */
export interface WoofedDeliveryCounters {
  chatwootMessageId: number;
  chatwootConversationId: number;
  /** `${contactId}:${inboxId}` → conversation id, reused like a real open conversation. */
  chatwootConversations: Record<string, number>;
  evolutionMessageId: number;
}

export interface WoofedStore {
  /** The account every row belongs to (single tenant: `Account.first`). */
  account_id: number;
  /** The user the API token belongs to. */
  token_user_id: number;
  users: WoofedUser[];
  pipelines: WoofedPipeline[];
  stages: WoofedStage[];
  contacts: WoofedContact[];
  deals: WoofedDeal[];
  deal_assignees: WoofedDealAssignee[];
  apps: WoofedApp[];
  events: WoofedEvent[];
  counters: WoofedDeliveryCounters;
}
