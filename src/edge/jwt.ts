import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { JwtConfig } from '../config';

/** Who a verified token names and what it may do. */
export interface JwtIdentity {
  subject: string;
  canRead: boolean;
  canWrite: boolean;
}

/** A token that does not verify: `reason` says why, in words safe to show (never the token). */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/** The issuer's key set could not be read: nobody's token can be checked right now. */
export class KeySetUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the key set at JWT_JWKS_URL could not be read', { cause });
    this.name = 'KeySetUnavailableError';
  }
}

/** Signatures by key pair only: a shared-secret algorithm would let anyone holding a public key sign. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** jose's codes for a key set that could not be fetched or read (everything else is the token's fault). */
const KEY_SET_FAILURES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC', 'ERR_JWKS_INVALID']);

const REASONS: Readonly<Record<string, string>> = {
  ERR_JWT_EXPIRED: 'the token has expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'the token signature does not verify',
  ERR_JWKS_NO_MATCHING_KEY: "no key of the issuer's key set matches the token",
  ERR_JOSE_ALG_NOT_ALLOWED: 'the token is signed with an algorithm Ponte does not accept',
};

export type JwtVerifier = (token: string) => Promise<JwtIdentity>;

/**
 * Verifies `Authorization: Bearer` tokens against the issuer's JWKS (fetched when a token names a
 * key not yet known, cached by jose): signature, `iss`, `aud`, `exp` and `nbf` (5 s of clock
 * tolerance). Scopes come from `scope` (space-separated) or `scp` (a string or a list):
 * `ponte:read`, `ponte:write` (write includes read).
 */
export function createJwtVerifier(config: JwtConfig): JwtVerifier {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 5,
      }));
    } catch (error) {
      const code = codeOf(error);
      if (code === undefined || KEY_SET_FAILURES.has(code)) throw new KeySetUnavailableError(error);
      throw new InvalidTokenError(reasonFor(code, error));
    }
    if (typeof payload.sub !== 'string' || payload.sub === '')
      throw new InvalidTokenError('the token has no sub claim');
    const scopes = scopesOf(payload);
    const canWrite = scopes.includes('ponte:write');
    return { subject: payload.sub, canWrite, canRead: canWrite || scopes.includes('ponte:read') };
  };
}

function scopesOf(payload: JWTPayload): string[] {
  const words = (value: unknown): string[] => (typeof value === 'string' ? value.split(/\s+/) : []);
  const scp = payload['scp'];
  return [...words(payload['scope']), ...(Array.isArray(scp) ? scp.flatMap(words) : words(scp))];
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' && error.code.startsWith('ERR_J') ? error.code : undefined;
}

function reasonFor(code: string, error: unknown): string {
  const known = REASONS[code];
  if (known !== undefined) return known;
  // jose names the failing claim (iss, aud, nbf…); its message never quotes the token.
  const claim = typeof error === 'object' && error !== null && 'claim' in error ? error.claim : undefined;
  if (typeof claim === 'string') return `the token's ${claim} claim does not verify`;
  return 'the token is not a well-formed JWT';
}
