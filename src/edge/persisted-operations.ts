import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError, type PersistedOperationsMode } from '../config';
import { ErrorCode } from '../error-codes';
import { isRecord } from '../lib/decode';
import type { Refusal } from './refusal';

/** sha256 hex of a document → the document, as `npm run generate` writes it. */
export type Manifest = ReadonlyMap<string, string>;

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads `PERSISTED_OPERATIONS_MANIFEST` at boot. Every entry must be the sha256 of its document,
 * so a hand-edited or stale manifest stops the boot instead of serving the wrong operation.
 */
export function loadManifest(path: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not JSON' : 'cannot be read';
    throw new ConfigError('PERSISTED_OPERATIONS_MANIFEST', `(${path}) ${why}; run npm run generate`);
  }
  if (!isRecord(parsed)) throw new ConfigError('PERSISTED_OPERATIONS_MANIFEST', `(${path}) must be a JSON object`);
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || !SHA256.test(hash) || sha256Hex(document) !== hash) {
      throw new ConfigError(
        'PERSISTED_OPERATIONS_MANIFEST',
        `(${path}) has an entry whose key is not the sha256 of its document`,
      );
    }
    manifest.set(hash, document);
  }
  return manifest;
}

/** The parts of a GraphQL-over-HTTP request that name the operation. */
export interface OperationFields {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/** What to do with a request: run it with these fields, or refuse it. */
export type PersistedResolution = { fields: OperationFields; refusal?: undefined } | { refusal: Refusal };

function notFound(message: string): PersistedResolution {
  return { refusal: { status: 400, code: ErrorCode.PERSISTED_QUERY_NOT_FOUND, message } };
}

/** The hash a request names: `documentId: "sha256:<hex>"` or APQ's `extensions.persistedQuery.sha256Hash`. */
function requestedHash(fields: OperationFields): string | undefined {
  if (typeof fields.documentId === 'string') return fields.documentId.replace(/^sha256:/, '');
  const persisted = isRecord(fields.extensions) ? fields.extensions['persistedQuery'] : undefined;
  const hash = isRecord(persisted) ? persisted['sha256Hash'] : undefined;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * Persisted operations (CONTRACT §5.3). `off`: the request goes to Apollo as sent (Apollo's own
 * automatic persisted queries work as usual). `allow`: a hash of the manifest is served from it,
 * any other hash goes on to Apollo's automatic persisted queries, and plain text runs. `only`: only
 * the manifest's operations run, by hash or as their exact text; anything else is
 * PERSISTED_QUERY_NOT_FOUND and nothing runs. A served hash reaches Apollo as plain text.
 */
export function resolvePersisted(
  mode: PersistedOperationsMode,
  manifest: Manifest,
  fields: OperationFields,
): PersistedResolution {
  if (mode === 'off') return { fields };
  const hash = requestedHash(fields);
  if (hash !== undefined) {
    const document = manifest.get(hash);
    if (document !== undefined) {
      if (typeof fields.query === 'string' && sha256Hex(fields.query) !== hash)
        return {
          refusal: { status: 400, code: ErrorCode.BAD_USER_INPUT, message: 'provided sha does not match query' },
        };
      return { fields: asPlainText(fields, document) };
    }
    if (mode === 'allow' && fields.documentId === undefined) return { fields };
    return notFound(
      `No persisted operation has the hash ${hash.slice(0, 64)}; run npm run generate and deploy its manifest`,
    );
  }
  if (mode === 'only' && !(typeof fields.query === 'string' && manifest.has(sha256Hex(fields.query))))
    return notFound(
      'Only persisted operations run here (PERSISTED_OPERATIONS=only): send the hash of an operation of the manifest',
    );
  return { fields };
}

function asPlainText(fields: OperationFields, document: string): OperationFields {
  const { documentId: _documentId, extensions, ...rest } = fields;
  const { persistedQuery: _persistedQuery, ...others } = isRecord(extensions) ? extensions : {};
  return { ...rest, query: document, ...(Object.keys(others).length > 0 ? { extensions: others } : {}) };
}
