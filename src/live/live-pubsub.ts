import { createPubSub } from '@graphql-yoga/subscription';
import type { DealEvent } from '../schema/deals/deal-event.type';
import type { KommoEvent } from '../schema/events/kommo-event.interface';

/**
 * The PubSub the schema is built with (`buildSchema({ pubSub })`). Topics are keyed by the
 * gateway's live hub id, so several gateways in one process (tests, benchmarks) never see each
 * other's events: across replicas events travel through the live bus (`stores/live-bus.ts`).
 */
export const LIVE_PUBSUB = createPubSub<{
  KOMMO_EVENTS: [hubId: string, event: KommoEvent];
  DEAL_EVENTS: [hubId: string, event: DealEvent];
}>();

export const KOMMO_EVENTS = 'KOMMO_EVENTS';
export const DEAL_EVENTS = 'DEAL_EVENTS';
