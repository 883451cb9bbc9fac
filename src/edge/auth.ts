import type { IncomingHttpHeaders } from 'node:http';
import type { Caller } from '../caller';
import type { EdgeConfig } from '../config';
import { ErrorCode } from '../error-codes';
import type { Logger } from '../logger';
import { findApiKey } from './api-keys';
import { createJwtVerifier, InvalidTokenError, type JwtIdentity, type JwtVerifier } from './jwt';
import type { Refusal } from './refusal';

/** The credentials of a request: HTTP headers, or a WebSocket `connection_init` payload with the same names. */
export interface Credentials {
  apiKey: string | undefined;
  authorization: string | undefined;
}

export type Authentication = { caller: Caller; refusal?: undefined } | { refusal: Refusal; caller?: undefined };

export type Authenticate = (credentials: Credentials) => Promise<Authentication>;

export function credentialsOf(headers: IncomingHttpHeaders): Credentials {
  const apiKey = headers['x-api-key'];
  return { apiKey: Array.isArray(apiKey) ? apiKey.join(', ') : apiKey, authorization: headers.authorization };
}

const ANONYMOUS: Caller = { name: 'anonymous', via: 'anonymous', canWrite: true };

/**
 * Who is calling (CONTRACT §5.1): an `x-api-key` from `API_KEYS`, a Bearer JWT from the JWKS, or
 * nobody (only with `ALLOW_ANONYMOUS`). Any credential that does not verify is refused with 401,
 * even where anonymous callers are allowed. Refusals and logs never carry the credential itself.
 */
export function createAuthenticator(edge: EdgeConfig, logger: Logger): Authenticate {
  const verify = edge.jwt === undefined ? undefined : createJwtVerifier(edge.jwt);
  const challenge = challengeOf(edge);
  const refuse = (message: string, status = 401, code: ErrorCode = ErrorCode.UNAUTHENTICATED): Authentication => ({
    refusal: { status, code, message, ...(status === 401 ? { headers: { 'www-authenticate': challenge } } : {}) },
  });
  const invalid = (via: Caller['via'], reason: string): Authentication => {
    logger.warn('refused a request with invalid credentials', { via, reason });
    return refuse(via === 'jwt' ? `The token is not valid: ${reason}` : 'The API key is not valid');
  };

  return async ({ apiKey, authorization }) => {
    if (apiKey !== undefined && authorization !== undefined)
      return refuse('Send one credential, x-api-key or Authorization, not both');
    if (apiKey !== undefined) {
      if (edge.apiKeys.length === 0) return refuse('API keys are not accepted here (API_KEYS is unset)');
      const key = findApiKey(edge.apiKeys, apiKey);
      if (key === undefined) return invalid('api-key', 'unknown key');
      return { caller: { name: key.label, via: 'api-key', canWrite: key.scope === 'write' } };
    }
    if (authorization !== undefined) {
      const token = /^Bearer +([^\s]+)$/i.exec(authorization)?.[1];
      if (token === undefined) return refuse('Authorization must be "Bearer <JWT>"');
      if (verify === undefined) return refuse('Bearer tokens are not accepted here (JWT_JWKS_URL is unset)');
      return fromToken(verify, token, invalid, refuse, logger);
    }
    if (edge.allowAnonymous) return { caller: ANONYMOUS };
    return refuse(`Credentials required: send ${accepted(edge).join(' or ')}`);
  };
}

async function fromToken(
  verify: JwtVerifier,
  token: string,
  invalid: (via: Caller['via'], reason: string) => Authentication,
  refuse: (message: string, status?: number, code?: ErrorCode) => Authentication,
  logger: Logger,
): Promise<Authentication> {
  let identity: JwtIdentity;
  try {
    identity = await verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) return invalid('jwt', error.reason);
    logger.error('cannot verify tokens: the key set at JWT_JWKS_URL is unreachable', {
      error: error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error),
    });
    return refuse("The token cannot be checked right now: the issuer's key set is unreachable; retry later", 503);
  }
  if (!identity.canRead) return refuse('The token grants neither ponte:read nor ponte:write', 403, ErrorCode.FORBIDDEN);
  return { caller: { name: identity.subject, via: 'jwt', canWrite: identity.canWrite } };
}

function accepted(edge: EdgeConfig): string[] {
  const ways = edge.apiKeys.length > 0 ? ['x-api-key: <key>'] : [];
  if (edge.jwt !== undefined) ways.push('Authorization: Bearer <JWT>');
  return ways.length > 0 ? ways : ['credentials (none are configured: see API_KEYS and JWT_JWKS_URL)'];
}

/** `www-authenticate` of a 401: the schemes this gateway accepts. */
function challengeOf(edge: EdgeConfig): string {
  const schemes: string[] = [];
  if (edge.jwt !== undefined || edge.apiKeys.length === 0) schemes.push('Bearer realm="ponte"');
  if (edge.apiKeys.length > 0) schemes.push('ApiKey realm="ponte", header="x-api-key"');
  return schemes.join(', ');
}
