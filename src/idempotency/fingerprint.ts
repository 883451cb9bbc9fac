import { createHash } from 'node:crypto';

/**
 * A request's identity for idempotency: SHA-256 of its JSON. Callers pass values they build
 * themselves (fixed key order, normalised instants), so equal requests hash equally.
 */
export function fingerprintOf(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}
