export type { ClaimLifetimes, IdempotencyRecord, IdempotencyStore } from './idempotency-store';
export { createMemoryIdempotencyStore, type MemoryStoreOptions } from './memory-store';
export {
  createIdempotentRunner,
  DAY_MS,
  IdempotencyConflictError,
  type IdempotentRunner,
  type IdempotentRunnerOptions,
} from './idempotent-runner';
export { fingerprintOf } from './fingerprint';
export { readUnknownOutcome, unknownOutcomeResult, type UnknownOutcome } from './outcome-unknown';
