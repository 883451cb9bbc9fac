import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/** Lower-cased media type without parameters; '' when absent. */
export function mediaType(headers: IncomingHttpHeaders): string {
  return (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** application/json, application/hal+json, application/problem+json and any other `+json`. */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

export function looksLikeHtml(type: string, text: string): boolean {
  return type === 'text/html' || type === 'application/xhtml+xml' || text.trimStart().startsWith('<');
}

export type JsonParse = { ok: true; value: unknown } | { ok: false };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads at most `limit` bytes as UTF-8 and destroys the stream past that: error bodies are only
 * inspected for a few fields, and an endless error page must not be buffered.
 */
export async function readCapped(body: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    size += buffer.length;
    if (size >= limit) break; // leaving for-await destroys the stream, which releases the socket
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
