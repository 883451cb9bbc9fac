/** The embedded WoofedCRM simulator: a faithful fake of the WoofedCRM REST API v1, quirks included. */
export {
  startWoofedSimulator,
  type InjectedFault,
  type PendingFault,
  type RecordedRequest,
  type WoofedSimulator,
  type WoofedSimulatorOptions,
} from './simulator';
export { createWoofedSeed, SEED_CONTACTS, SEED_DEALS } from './seed';
export { CHATWOOT_APP_ID, CHATWOOT_INBOX_IDS, EVOLUTION_APP_ID, SEED_BASE } from './seed-data';
export { deliveryProblem } from './delivery';
export type {
  WoofedApp,
  WoofedChatwootApp,
  WoofedChatwootInbox,
  WoofedContact,
  WoofedDeal,
  WoofedDealAssignee,
  WoofedDealStatus,
  WoofedDelivery,
  WoofedEvent,
  WoofedEventKind,
  WoofedEventStatus,
  WoofedEvolutionApiApp,
  WoofedPipeline,
  WoofedStage,
  WoofedStore,
  WoofedUser,
} from './types';
