/** What `loadConfig` answers: the whole configuration, parsed and checked (CONTRACT.md §2). */
export interface KommoUpstreamConfig {
  baseUrl: string;
  token: string;
  rateLimitRps: number;
}

export interface WoofedUpstreamConfig {
  baseUrl: string;
  token: string;
  accountId: string;
}

export type Scope = 'read' | 'write';

/** One `API_KEYS` entry. Only the SHA-256 of the key is kept, so the key itself is never at hand to leak. */
export interface ApiKeyConfig {
  label: string;
  scope: Scope;
  sha256: Buffer;
}

export interface JwtConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxUpstreamCalls: number;
}

export type PersistedOperationsMode = 'off' | 'allow' | 'only';

/** Who may call and what they may ask (CONTRACT.md §5). */
export interface EdgeConfig {
  apiKeys: ApiKeyConfig[];
  jwt: JwtConfig | undefined;
  /** Callers without credentials get write scope. */
  allowAnonymous: boolean;
  /** Origins allowed cross-origin: `'*'` for any, `[]` for none. */
  corsOrigins: '*' | string[];
  /** Introspection and the explorer page. */
  introspection: boolean;
  persistedOperations: PersistedOperationsMode;
  /** Path of the manifest `npm run generate` writes, relative to the working directory. */
  persistedOperationsManifest: string;
  limits: OperationLimits;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Trace export over OTLP/HTTP. `env` holds every `OTEL_*` variable that was set, handed to the
 * OpenTelemetry SDK explicitly so that this module stays the only reader of the environment.
 */
export interface OtelConfig {
  endpoint: string;
  env: Readonly<Record<string, string>>;
}

/** Webhooks in, subscriptions out (CONTRACT.md §9). */
export interface LiveConfig {
  kommoWebhookSecret: string | undefined;
  woofedWebhookSecret: string | undefined;
  /** Where Kommo can reach this gateway; with it Ponte registers its Kommo webhook at boot. */
  publicUrl: string | undefined;
  eventsPollSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  upstreamTimeoutMs: number;
  /** True when both base URLs are unset: the embedded simulators stand in for both upstreams. */
  demo: boolean;
  /** `NODE_ENV=production`. */
  production: boolean;
  kommoRateLimitRps: number;
  woofedAccountId: string;
  /** Absent in demo mode; the simulators provide URLs and tokens at boot. */
  kommo?: KommoUpstreamConfig;
  woofed?: WoofedUpstreamConfig;
  edge: EdgeConfig;
  shutdownGraceMs: number;
  /** Shared state for several replicas (§7); unset → in-process state. */
  redisUrl: string | undefined;
  referenceTtlSeconds: number;
  /** `RECORD_CACHE_SECONDS`: Kommo records reused while webhooks flow; 0 turns it off. */
  recordCacheSeconds: number;
  logLevel: LogLevel;
  otel: OtelConfig | undefined;
  live: LiveConfig;
}
