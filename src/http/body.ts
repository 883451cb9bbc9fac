import type { HeaderMap } from '@apollo/server';
import type { IncomingMessage } from 'node:http';

/** Larger request bodies are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the body up to `limit` bytes; `undefined` when it is larger. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Apollo expects a parsed JSON body; a body that is not JSON is passed as text so Apollo answers 400. */
export function parseGraphQLBody(text: string, headers: HeaderMap): unknown {
  if (text === '') return undefined;
  if (!(headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
