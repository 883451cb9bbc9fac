/**
 * The embedded Kommo simulator: a fake of the Kommo REST API v4 (reads and entity writes) over real HTTP,
 * faithful to the project's Kommo reference (kommo-api.md). Used by `npm start` in demo mode and
 * by the tests.
 */
export {
  startKommoSimulator,
  type KommoSimulator,
  type KommoSimulatorOptions,
  type RecordedRequest,
} from './simulator';
export type { InjectedFault, PendingFault } from './faults';
export { createKommoSeed } from './seed';
export { createKommoStore, type KommoRecord, type KommoSeed, type KommoStore } from './store';
export { EVENT_TYPE_KEYS, perFieldEventKey } from './seed/event-catalogue';
export * from './constants';
export type * from './records';
