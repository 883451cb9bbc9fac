import { createHash } from 'node:crypto';
import { ConfigError } from './config-error';
import type { ApiKeyConfig, JwtConfig, OperationLimits } from './types';
import { integer, optionalUrl, present, type Env } from './values';

/** `label:scope:key,…`; the key is hashed at once and never echoed in an error. */
export function apiKeys(env: Env): ApiKeyConfig[] {
  const value = present(env, 'API_KEYS');
  if (value === undefined) return [];
  const keys = value.split(',').map((entry, index) => apiKey(entry.trim(), index + 1));
  const labels = new Set<string>();
  const digests = new Set<string>();
  for (const key of keys) {
    if (labels.has(key.label)) throw new ConfigError('API_KEYS', `lists the label "${key.label}" twice`);
    const digest = key.sha256.toString('hex');
    if (digests.has(digest)) throw new ConfigError('API_KEYS', `gives "${key.label}" a key that another entry has`);
    labels.add(key.label);
    digests.add(digest);
  }
  return keys;
}

function apiKey(entry: string, position: number): ApiKeyConfig {
  const [label = '', scope = '', ...rest] = entry.split(':');
  const key = rest.join(':');
  const at = `entry ${position}`;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(label)) {
    throw new ConfigError('API_KEYS', `${at} must start with a label of 1 to 64 characters from A-Z, a-z, 0-9, _.- `);
  }
  if (scope !== 'read' && scope !== 'write') {
    throw new ConfigError('API_KEYS', `${at} ("${label}") must have the scope read or write (label:scope:key)`);
  }
  if (key.length < 16 || /\s/.test(key)) {
    throw new ConfigError('API_KEYS', `${at} ("${label}") needs a key of at least 16 characters without whitespace`);
  }
  return { label, scope, sha256: createHash('sha256').update(key).digest() };
}

/** The three JWT variables come together or not at all. */
export function jwt(env: Env): JwtConfig | undefined {
  const jwksUrl = optionalUrl(
    env,
    'JWT_JWKS_URL',
    ['http:', 'https:'],
    'https://issuer.example.com/.well-known/jwks.json',
  );
  const issuer = present(env, 'JWT_ISSUER');
  const audience = present(env, 'JWT_AUDIENCE');
  if (jwksUrl === undefined) {
    if (issuer !== undefined) throw new ConfigError('JWT_JWKS_URL', 'is required when JWT_ISSUER is set');
    if (audience !== undefined) throw new ConfigError('JWT_JWKS_URL', 'is required when JWT_AUDIENCE is set');
    return undefined;
  }
  if (issuer === undefined) throw new ConfigError('JWT_ISSUER', 'is required when JWT_JWKS_URL is set');
  if (audience === undefined) throw new ConfigError('JWT_AUDIENCE', 'is required when JWT_JWKS_URL is set');
  return { jwksUrl, issuer, audience };
}

/** `*`, or a comma-separated list of origins such as `https://app.example.com`. */
export function corsOrigins(env: Env, fallback: '*' | string[]): '*' | string[] {
  const value = present(env, 'CORS_ORIGINS');
  if (value === undefined) return fallback;
  if (value === '*') return '*';
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.origin !== origin || !['http:', 'https:'].includes(parsed.protocol)) {
      throw new ConfigError('CORS_ORIGINS', `must be * or origins like https://app.example.com, got "${origin}"`);
    }
    return origin;
  });
}

/** Defaults leave every operation in `examples/` room to spare (see the limits tests). */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxUpstreamCalls: 50,
};

export function limits(env: Env): OperationLimits {
  return {
    maxDepth: integer(env, 'MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 1000),
    maxAliases: integer(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 100000),
    maxRootFields: integer(env, 'MAX_ROOT_FIELDS', DEFAULT_LIMITS.maxRootFields, 1, 100000),
    maxUpstreamCalls: integer(env, 'MAX_UPSTREAM_CALLS', DEFAULT_LIMITS.maxUpstreamCalls, 1, 1000000),
  };
}
