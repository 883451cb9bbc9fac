import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * A caller's `x-request-id` is kept when it is a plausible id: 1 to 128 characters of letters,
 * digits and `.`, `_`, `-`, `:`, `+`, `/`, `=` (UUIDs, ULIDs, Amazon and Apollo Router ids, base64).
 * Anything else (too long, spaces, quotes, control characters, several values) is replaced: it
 * ends up in log lines, spans and a response header.
 */
const ACCEPTABLE = /^[A-Za-z0-9._:+/=-]{1,128}$/;

export function requestIdOf(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
}
