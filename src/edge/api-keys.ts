import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig } from '../config';

/**
 * The `API_KEYS` entry whose key is `presented`, compared in constant time: the presented key is
 * hashed (so every comparison is between 32-byte digests, whatever its length) and checked against
 * every entry, without stopping at a match, so timing tells neither which entry matched nor how
 * much of a key was right.
 */
export function findApiKey(keys: readonly ApiKeyConfig[], presented: string): ApiKeyConfig | undefined {
  const digest = createHash('sha256').update(presented).digest();
  let found: ApiKeyConfig | undefined;
  for (const key of keys) {
    const same = timingSafeEqual(digest, key.sha256);
    if (same && found === undefined) found = key;
  }
  return found;
}
