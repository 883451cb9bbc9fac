import { ConfigError } from './config-error';
import { apiKeys, corsOrigins, jwt, limits } from './edge';
import type { Config, OtelConfig } from './types';
import { accountId, boolean, integer, oneOf, optionalUrl, pathSecret, present, token, type Env } from './values';

export { ConfigError } from './config-error';
export type * from './types';

/**
 * The only module that reads `process.env` (CONTRACT.md §2). Everything is parsed and validated
 * here, at boot: a missing or malformed variable throws a `ConfigError` whose message is one line
 * naming the variable, and `main.ts` prints it and exits. Explicit `env` beats `process.env`
 * (tests pass their own).
 */
export function loadConfig(env: Env = process.env): Config {
  const kommoBaseUrl = optionalUrl(env, 'KOMMO_BASE_URL');
  const woofedBaseUrl = optionalUrl(env, 'WOOFED_BASE_URL');
  const demo = kommoBaseUrl === undefined && woofedBaseUrl === undefined;
  const production = env['NODE_ENV'] === 'production';
  const kommoRateLimitRps = integer(env, 'KOMMO_RATE_LIMIT_RPS', 7, 1, 1000);
  const woofedAccountId = accountId(env);
  const allowAnonymous = boolean(env, 'ALLOW_ANONYMOUS', demo);
  const config: Config = {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: host(env),
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10000, 1, 600000),
    demo,
    production,
    kommoRateLimitRps,
    woofedAccountId,
    edge: {
      apiKeys: apiKeys(env),
      jwt: jwt(env),
      allowAnonymous,
      corsOrigins: corsOrigins(env, demo ? '*' : []),
      introspection: boolean(env, 'INTROSPECTION', !production),
      persistedOperations: oneOf(env, 'PERSISTED_OPERATIONS', ['off', 'allow', 'only'], 'off'),
      persistedOperationsManifest: present(env, 'PERSISTED_OPERATIONS_MANIFEST') ?? 'schema/persisted-operations.json',
      limits: limits(env),
    },
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 600000),
    redisUrl: optionalUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    referenceTtlSeconds: integer(env, 'REFERENCE_TTL_SECONDS', 60, 0, 86400),
    recordCacheSeconds: integer(env, 'RECORD_CACHE_SECONDS', 60, 0, 3600),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    otel: otel(env),
    live: {
      kommoWebhookSecret: pathSecret(env, 'KOMMO_WEBHOOK_SECRET'),
      woofedWebhookSecret: pathSecret(env, 'WOOFED_WEBHOOK_SECRET'),
      publicUrl: optionalUrl(env, 'PUBLIC_URL', ['http:', 'https:'], 'https://ponte.example.com'),
      eventsPollSeconds: integer(env, 'EVENTS_POLL_SECONDS', 15, 1, 3600),
    },
  };
  if (demo) {
    if (production && !boolean(env, 'DEMO', false)) {
      throw new ConfigError(
        'KOMMO_BASE_URL',
        'and WOOFED_BASE_URL are unset: no upstream configured (under NODE_ENV=production demo mode needs DEMO=true)',
      );
    }
    return config;
  }
  if (kommoBaseUrl === undefined) throw new ConfigError('KOMMO_BASE_URL', 'is required when WOOFED_BASE_URL is set');
  if (woofedBaseUrl === undefined) throw new ConfigError('WOOFED_BASE_URL', 'is required when KOMMO_BASE_URL is set');
  config.kommo = { baseUrl: kommoBaseUrl, token: token(env, 'KOMMO_TOKEN'), rateLimitRps: kommoRateLimitRps };
  config.woofed = { baseUrl: woofedBaseUrl, token: token(env, 'WOOFED_TOKEN'), accountId: woofedAccountId };
  if (config.edge.apiKeys.length === 0 && config.edge.jwt === undefined && !allowAnonymous) {
    throw new ConfigError(
      'API_KEYS',
      'or JWT_JWKS_URL must be set outside demo mode (or ALLOW_ANONYMOUS=true to serve callers without credentials)',
    );
  }
  return config;
}

function host(env: Env): string {
  const value = present(env, 'HOST') ?? '0.0.0.0';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(value)) throw new ConfigError('HOST', 'must be an IP address or a host name');
  return value;
}

/** Export is on only with an endpoint; the other `OTEL_*` variables ride along for the SDK. */
function otel(env: Env): OtelConfig | undefined {
  const endpoint = optionalUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:'], 'http://collector:4318');
  if (endpoint === undefined) return undefined;
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('OTEL_') && value !== undefined && value !== '') vars[name] = value;
  }
  return { endpoint, env: vars };
}
