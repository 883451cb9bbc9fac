/**
 * The only module that reads `process.env` (CONTRACT.md §2). Everything is parsed and validated
 * here, at boot: a missing or malformed variable throws a `ConfigError` whose message is one line
 * naming the variable, and `main.ts` prints it and exits.
 */
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

export interface Config {
  port: number;
  upstreamTimeoutMs: number;
  /** True when both base URLs are unset: the embedded simulators stand in for both upstreams. */
  demo: boolean;
  kommoRateLimitRps: number;
  woofedAccountId: string;
  /** Absent in demo mode; the simulators provide URLs and tokens at boot. */
  kommo?: KommoUpstreamConfig;
  woofed?: WoofedUpstreamConfig;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem} (see README.md, "Configuration")`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Parses the environment; explicit `env` beats `process.env` (tests pass their own). */
export function loadConfig(env: Env = process.env): Config {
  const kommoBaseUrl = optionalUrl(env, 'KOMMO_BASE_URL');
  const woofedBaseUrl = optionalUrl(env, 'WOOFED_BASE_URL');
  const demo = kommoBaseUrl === undefined && woofedBaseUrl === undefined;
  const kommoRateLimitRps = integer(env, 'KOMMO_RATE_LIMIT_RPS', 7, 1, 1000);
  const woofedAccountId = accountId(env);
  const config: Config = {
    port: integer(env, 'PORT', 4000, 0, 65535),
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10000, 1, 600000),
    demo,
    kommoRateLimitRps,
    woofedAccountId,
  };
  if (demo) return config;
  if (kommoBaseUrl === undefined) throw new ConfigError('KOMMO_BASE_URL', 'is required when WOOFED_BASE_URL is set');
  if (woofedBaseUrl === undefined) throw new ConfigError('WOOFED_BASE_URL', 'is required when KOMMO_BASE_URL is set');
  config.kommo = { baseUrl: kommoBaseUrl, token: token(env, 'KOMMO_TOKEN'), rateLimitRps: kommoRateLimitRps };
  config.woofed = { baseUrl: woofedBaseUrl, token: token(env, 'WOOFED_TOKEN'), accountId: woofedAccountId };
  return config;
}

function present(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value.trim() !== value) throw new ConfigError(name, 'has leading or trailing whitespace');
  return value;
}

function optionalUrl(env: Env, name: string): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'must be an absolute http(s) URL, e.g. https://acme.kommo.com');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, 'must use http or https');
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError(name, 'must not carry credentials, a query or a fragment');
  }
  return url.toString().replace(/\/+$/, '');
}

function token(env: Env, name: string): string {
  const value = present(env, name);
  if (value === undefined) throw new ConfigError(name, 'is required outside demo mode');
  if (/\s/.test(value)) throw new ConfigError(name, 'must not contain whitespace');
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = present(env, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  const parsed = Number(value);
  if (parsed < min || parsed > max) throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  return parsed;
}

function accountId(env: Env): string {
  const value = present(env, 'WOOFED_ACCOUNT_ID') ?? '1';
  if (!/^[1-9]\d{0,18}$/.test(value)) throw new ConfigError('WOOFED_ACCOUNT_ID', 'must be a positive whole number');
  return value;
}
