import { createHash } from 'node:crypto';
import { ConfigError, loadConfig } from '../../src/config';
import { DEFAULT_LIMITS } from '../../src/config/edge';

const KOMMO_TOKEN = 'eyJ0eXAiOiJKV1Qi.kommo-secret';
const WOOFED_TOKEN = 'woofed-secret-4f1c';
const LIVE = {
  ALLOW_ANONYMOUS: 'true',
  KOMMO_BASE_URL: 'https://acme.kommo.com',
  KOMMO_TOKEN,
  WOOFED_BASE_URL: 'https://app.woofedcrm.com',
  WOOFED_TOKEN,
};
const SEE = ' (see README.md, "Configuration")';

/** Everything besides the upstreams, as an unconfigured demo start has it. */
const DEMO_REST = {
  host: '0.0.0.0',
  production: false,
  edge: {
    apiKeys: [],
    jwt: undefined,
    allowAnonymous: true,
    corsOrigins: '*',
    introspection: true,
    persistedOperations: 'off',
    persistedOperationsManifest: 'schema/persisted-operations.json',
    limits: DEFAULT_LIMITS,
  },
  shutdownGraceMs: 10000,
  redisUrl: undefined,
  referenceTtlSeconds: 60,
  recordCacheSeconds: 60,
  logLevel: 'info',
  otel: undefined,
  live: { kommoWebhookSecret: undefined, woofedWebhookSecret: undefined, publicUrl: undefined, eventsPollSeconds: 15 },
};

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('runs the demo with defaults when nothing is set', () => {
    expect(loadConfig({})).toStrictEqual({
      port: 4000,
      upstreamTimeoutMs: 10000,
      demo: true,
      kommoRateLimitRps: 7,
      woofedAccountId: '1',
      ...DEMO_REST,
    });
  });

  it('treats empty base URLs as unset and ignores tokens in the demo', () => {
    expect(loadConfig({ KOMMO_BASE_URL: '', WOOFED_BASE_URL: '', KOMMO_TOKEN, WOOFED_TOKEN })).toStrictEqual({
      port: 4000,
      upstreamTimeoutMs: 10000,
      demo: true,
      kommoRateLimitRps: 7,
      woofedAccountId: '1',
      ...DEMO_REST,
    });
  });

  it('reads both upstreams and every tunable', () => {
    const env = {
      ...LIVE,
      KOMMO_BASE_URL: 'https://acme.kommo.com/',
      PORT: '8080',
      KOMMO_RATE_LIMIT_RPS: '5',
      UPSTREAM_TIMEOUT_MS: '2500',
      WOOFED_ACCOUNT_ID: '42',
      ALLOW_ANONYMOUS: 'true',
    };

    expect(loadConfig(env)).toStrictEqual({
      port: 8080,
      upstreamTimeoutMs: 2500,
      demo: false,
      kommoRateLimitRps: 5,
      woofedAccountId: '42',
      kommo: { baseUrl: 'https://acme.kommo.com', token: KOMMO_TOKEN, rateLimitRps: 5 },
      woofed: { baseUrl: 'https://app.woofedcrm.com', token: WOOFED_TOKEN, accountId: '42' },
      ...DEMO_REST,
      edge: { ...DEMO_REST.edge, corsOrigins: [] },
    });
  });

  it('accepts port 0 (any free port) and plain http', () => {
    expect(loadConfig({ ...LIVE, PORT: '0', WOOFED_BASE_URL: 'http://localhost:3001' })).toMatchObject({
      port: 0,
      demo: false,
      woofed: { baseUrl: 'http://localhost:3001' },
    });
  });

  it.each<[string, Record<string, string | undefined>, string, string]>([
    [
      'Kommo without WoofedCRM',
      { ...LIVE, WOOFED_BASE_URL: undefined },
      'WOOFED_BASE_URL',
      'is required when KOMMO_BASE_URL is set',
    ],
    [
      'WoofedCRM without Kommo',
      { ...LIVE, KOMMO_BASE_URL: '' },
      'KOMMO_BASE_URL',
      'is required when WOOFED_BASE_URL is set',
    ],
    ['no Kommo token', { ...LIVE, KOMMO_TOKEN: undefined }, 'KOMMO_TOKEN', 'is required outside demo mode'],
    ['no WoofedCRM token', { ...LIVE, WOOFED_TOKEN: '' }, 'WOOFED_TOKEN', 'is required outside demo mode'],
    [
      'a token with a space inside',
      { ...LIVE, KOMMO_TOKEN: `Bearer ${KOMMO_TOKEN}` },
      'KOMMO_TOKEN',
      'must not contain whitespace',
    ],
    [
      'a token with a trailing newline',
      { ...LIVE, WOOFED_TOKEN: `${WOOFED_TOKEN}\n` },
      'WOOFED_TOKEN',
      'has leading or trailing whitespace',
    ],
    ['a PORT word', { PORT: 'http' }, 'PORT', 'must be a whole number from 0 to 65535'],
    ['a PORT too large', { PORT: '65536' }, 'PORT', 'must be a whole number from 0 to 65535'],
    ['a negative PORT', { PORT: '-1' }, 'PORT', 'must be a whole number from 0 to 65535'],
    [
      'a fractional rate',
      { KOMMO_RATE_LIMIT_RPS: '7.5' },
      'KOMMO_RATE_LIMIT_RPS',
      'must be a whole number from 1 to 1000',
    ],
    ['a zero rate', { KOMMO_RATE_LIMIT_RPS: '0' }, 'KOMMO_RATE_LIMIT_RPS', 'must be a whole number from 1 to 1000'],
    [
      'a timeout with a unit',
      { UPSTREAM_TIMEOUT_MS: '10s' },
      'UPSTREAM_TIMEOUT_MS',
      'must be a whole number from 1 to 600000',
    ],
    [
      'a huge timeout',
      { UPSTREAM_TIMEOUT_MS: '99999999999999999999' },
      'UPSTREAM_TIMEOUT_MS',
      'must be a whole number from 1 to 600000',
    ],
    ['a padded timeout', { UPSTREAM_TIMEOUT_MS: ' 100' }, 'UPSTREAM_TIMEOUT_MS', 'has leading or trailing whitespace'],
    ['account id zero', { WOOFED_ACCOUNT_ID: '0' }, 'WOOFED_ACCOUNT_ID', 'must be a positive whole number'],
    ['account id a name', { WOOFED_ACCOUNT_ID: 'acme' }, 'WOOFED_ACCOUNT_ID', 'must be a positive whole number'],
    [
      'a host without scheme',
      { ...LIVE, KOMMO_BASE_URL: 'acme.kommo.com' },
      'KOMMO_BASE_URL',
      'must be an absolute http(s) URL, e.g. https://acme.kommo.com',
    ],
    [
      'another scheme',
      { ...LIVE, WOOFED_BASE_URL: 'ftp://app.woofedcrm.com' },
      'WOOFED_BASE_URL',
      'must use http or https',
    ],
    [
      'credentials in the URL',
      { ...LIVE, KOMMO_BASE_URL: `https://user:${KOMMO_TOKEN}@acme.kommo.com` },
      'KOMMO_BASE_URL',
      'must not carry credentials, a query or a fragment',
    ],
    [
      'a token in the query',
      { ...LIVE, WOOFED_BASE_URL: `https://app.woofedcrm.com/?token=${WOOFED_TOKEN}` },
      'WOOFED_BASE_URL',
      'must not carry credentials, a query or a fragment',
    ],
    [
      'a URL with a fragment',
      { ...LIVE, KOMMO_BASE_URL: 'https://acme.kommo.com/#x' },
      'KOMMO_BASE_URL',
      'must not carry credentials, a query or a fragment',
    ],
  ])('stops at boot on %s', (_name, env, variable, problem) => {
    const error = configError(env);

    expect({ name: error.name, variable: error.variable, message: error.message }).toEqual({
      name: 'ConfigError',
      variable,
      message: `${variable} ${problem}${SEE}`,
    });
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message).not.toContain(KOMMO_TOKEN);
    expect(error.message).not.toContain(WOOFED_TOKEN);
  });
});

describe('loadConfig, second round (edge, replicas, observability, live updates)', () => {
  const KEY = 'k3y-0123456789abcdef';
  const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

  it('reads every second-round variable', () => {
    const config = loadConfig({
      ...LIVE,
      ALLOW_ANONYMOUS: 'false',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      API_KEYS: `frontend:read:${KEY}, ops:write:${KEY}:with:colons`,
      JWT_JWKS_URL: 'https://issuer.example.com/.well-known/jwks.json',
      JWT_ISSUER: 'https://issuer.example.com/',
      JWT_AUDIENCE: 'ponte',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      INTROSPECTION: 'true',
      PERSISTED_OPERATIONS: 'only',
      PERSISTED_OPERATIONS_MANIFEST: '/etc/ponte/manifest.json',
      MAX_DEPTH: '9',
      MAX_ALIASES: '0',
      MAX_ROOT_FIELDS: '3',
      MAX_UPSTREAM_CALLS: '40',
      SHUTDOWN_GRACE_MS: '2500',
      REDIS_URL: 'redis://127.0.0.1:6379/3',
      REFERENCE_TTL_SECONDS: '0',
      RECORD_CACHE_SECONDS: '30',
      LOG_LEVEL: 'debug',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SERVICE_NAME: 'ponte-eu',
      OTEL_TRACES_SAMPLER: '',
      KOMMO_WEBHOOK_SECRET: 'kommo_hook-0123456789',
      WOOFED_WEBHOOK_SECRET: 'woofed_hook-0123456789',
      PUBLIC_URL: 'https://ponte.example.com/',
      EVENTS_POLL_SECONDS: '30',
    });

    expect({ ...config, kommo: undefined, woofed: undefined }).toStrictEqual({
      port: 4000,
      host: '127.0.0.1',
      upstreamTimeoutMs: 10000,
      demo: false,
      production: true,
      kommoRateLimitRps: 7,
      woofedAccountId: '1',
      kommo: undefined,
      woofed: undefined,
      edge: {
        apiKeys: [
          { label: 'frontend', scope: 'read', sha256: sha256(KEY) },
          { label: 'ops', scope: 'write', sha256: sha256(`${KEY}:with:colons`) },
        ],
        jwt: {
          jwksUrl: 'https://issuer.example.com/.well-known/jwks.json',
          issuer: 'https://issuer.example.com/',
          audience: 'ponte',
        },
        allowAnonymous: false,
        corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
        introspection: true,
        persistedOperations: 'only',
        persistedOperationsManifest: '/etc/ponte/manifest.json',
        limits: { maxDepth: 9, maxAliases: 0, maxRootFields: 3, maxUpstreamCalls: 40 },
      },
      shutdownGraceMs: 2500,
      redisUrl: 'redis://127.0.0.1:6379/3',
      referenceTtlSeconds: 0,
      recordCacheSeconds: 30,
      logLevel: 'debug',
      otel: {
        endpoint: 'http://collector:4318',
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'ponte-eu' },
      },
      live: {
        kommoWebhookSecret: 'kommo_hook-0123456789',
        woofedWebhookSecret: 'woofed_hook-0123456789',
        publicUrl: 'https://ponte.example.com',
        eventsPollSeconds: 30,
      },
    });
  });

  it('turns introspection off and needs credentials under production outside demo mode', () => {
    const config = loadConfig({ ...LIVE, NODE_ENV: 'production', API_KEYS: `app:write:${KEY}`, ALLOW_ANONYMOUS: '' });

    expect(config.edge).toMatchObject({ introspection: false, allowAnonymous: false, corsOrigins: [] });
  });

  it('allows the demo under production only with DEMO=true', () => {
    expect(loadConfig({ NODE_ENV: 'production', DEMO: 'true' })).toMatchObject({
      demo: true,
      production: true,
      edge: { introspection: false, allowAnonymous: true, corsOrigins: '*' },
    });
  });

  it.each<[string, Record<string, string | undefined>, string, string]>([
    [
      'production without upstreams',
      { NODE_ENV: 'production' },
      'KOMMO_BASE_URL',
      'and WOOFED_BASE_URL are unset: no upstream configured (under NODE_ENV=production demo mode needs DEMO=true)',
    ],
    [
      'upstreams without any way to authenticate',
      { ...LIVE, ALLOW_ANONYMOUS: undefined },
      'API_KEYS',
      'or JWT_JWKS_URL must be set outside demo mode (or ALLOW_ANONYMOUS=true to serve callers without credentials)',
    ],
    ['a word for a boolean', { ALLOW_ANONYMOUS: 'yes' }, 'ALLOW_ANONYMOUS', 'must be true or false'],
    [
      'an API key without scope',
      { API_KEYS: `frontend:${KEY}` },
      'API_KEYS',
      'entry 1 ("frontend") must have the scope read or write (label:scope:key)',
    ],
    [
      'a short API key',
      { API_KEYS: `a:read:${KEY},b:write:short` },
      'API_KEYS',
      'entry 2 ("b") needs a key of at least 16 characters without whitespace',
    ],
    ['a repeated label', { API_KEYS: `a:read:${KEY},a:write:${KEY}x` }, 'API_KEYS', 'lists the label "a" twice'],
    [
      'a key given twice',
      { API_KEYS: `a:read:${KEY},b:write:${KEY}` },
      'API_KEYS',
      'gives "b" a key that another entry has',
    ],
    [
      'a JWKS without issuer',
      { JWT_JWKS_URL: 'https://issuer.example.com/jwks', JWT_AUDIENCE: 'ponte' },
      'JWT_ISSUER',
      'is required when JWT_JWKS_URL is set',
    ],
    ['an audience without JWKS', { JWT_AUDIENCE: 'ponte' }, 'JWT_JWKS_URL', 'is required when JWT_AUDIENCE is set'],
    [
      'an origin with a path',
      { CORS_ORIGINS: 'https://app.example.com/' },
      'CORS_ORIGINS',
      'must be * or origins like https://app.example.com, got "https://app.example.com/"',
    ],
    [
      'an unknown persisted mode',
      { PERSISTED_OPERATIONS: 'on' },
      'PERSISTED_OPERATIONS',
      'must be one of off, allow, only',
    ],
    ['a zero depth', { MAX_DEPTH: '0' }, 'MAX_DEPTH', 'must be a whole number from 1 to 1000'],
    ['an http REDIS_URL', { REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL', 'must use redis or rediss'],
    ['a LOG_LEVEL word', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', 'must be one of debug, info, warn, error'],
    [
      'a short webhook secret',
      { KOMMO_WEBHOOK_SECRET: 'abc' },
      'KOMMO_WEBHOOK_SECRET',
      'must be 16 to 256 characters from A-Z, a-z, 0-9, "_" and "-"',
    ],
    [
      'a poll of zero seconds',
      { EVENTS_POLL_SECONDS: '0' },
      'EVENTS_POLL_SECONDS',
      'must be a whole number from 1 to 3600',
    ],
    ['a host with a path', { HOST: '0.0.0.0/8' }, 'HOST', 'must be an IP address or a host name'],
  ])('stops at boot on %s', (_name, env, variable, problem) => {
    const error = configError(env);

    expect({ variable: error.variable, message: error.message }).toEqual({
      variable,
      message: `${variable} ${problem}${SEE}`,
    });
    expect(error.message).not.toContain(KEY);
  });
});
