import { upstreamDisplayName, UpstreamUnavailableError, type UpstreamName } from '../upstream/errors';

/**
 * Ponte could not reach its shared state (Redis), so it did not send the call: without the shared
 * budget it could exceed the account's limit, and without the shared idempotency keys it could send
 * a write twice. Reported as UPSTREAM_UNAVAILABLE for the upstream the call was meant for; nothing
 * was sent, so a write that fails with it was not written.
 */
export class SharedStateUnavailableError extends UpstreamUnavailableError {
  constructor(upstream: UpstreamName, cause?: unknown) {
    super(upstream, { code: 'SHARED_STATE_UNAVAILABLE', error: cause });
    this.message = `Ponte's shared state (Redis) is unreachable, so this ${upstreamDisplayName(upstream)} call was not sent`;
  }

  override get mayHaveBeenProcessed(): boolean {
    return false;
  }
}
