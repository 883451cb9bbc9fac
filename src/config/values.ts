import { ConfigError } from './config-error';

/** Parsers for one variable each. They take the environment and the name, and throw `ConfigError`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The value, or `undefined` when unset or empty; whitespace around it is refused. */
export function present(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value.trim() !== value) throw new ConfigError(name, 'has leading or trailing whitespace');
  return value;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = present(env, name);
  if (value === undefined) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed >= min && parsed <= max)) throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  return parsed;
}

export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = present(env, name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(name, 'must be true or false');
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = present(env, name);
  if (value === undefined) return fallback;
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new ConfigError(name, `must be one of ${allowed.join(', ')}`);
  return found;
}

/** An absolute URL with one of `protocols`, without credentials, query or fragment; trailing slashes dropped. */
export function optionalUrl(
  env: Env,
  name: string,
  protocols: readonly string[] = ['http:', 'https:'],
  example = 'https://acme.kommo.com',
): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `must be an absolute ${schemes(protocols)} URL, e.g. ${example}`);
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(name, `must use ${schemes(protocols, ' or ')}`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError(name, 'must not carry credentials, a query or a fragment');
  }
  return url.toString().replace(/\/+$/, '');
}

function schemes(protocols: readonly string[], separator = '/'): string {
  const names = protocols.map((protocol) => protocol.replace(/:$/, ''));
  return names.join(separator) === 'http/https' ? 'http(s)' : names.join(separator);
}

export function token(env: Env, name: string): string {
  const value = present(env, name);
  if (value === undefined) throw new ConfigError(name, 'is required outside demo mode');
  if (/\s/.test(value)) throw new ConfigError(name, 'must not contain whitespace');
  return value;
}

/** A secret that appears in a URL path: at least 16 URL-safe characters. */
export function pathSecret(env: Env, name: string): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]{16,256}$/.test(value)) {
    throw new ConfigError(name, 'must be 16 to 256 characters from A-Z, a-z, 0-9, "_" and "-"');
  }
  return value;
}

export function accountId(env: Env): string {
  const value = present(env, 'WOOFED_ACCOUNT_ID') ?? '1';
  if (!/^[1-9]\d{0,18}$/.test(value)) throw new ConfigError('WOOFED_ACCOUNT_ID', 'must be a positive whole number');
  return value;
}
