import { ConfigError, loadConfig } from '../../src/config';

const KOMMO_TOKEN = 'eyJ0eXAiOiJKV1Qi.kommo-secret';
const WOOFED_TOKEN = 'woofed-secret-4f1c';
const LIVE = {
  KOMMO_BASE_URL: 'https://acme.kommo.com',
  KOMMO_TOKEN,
  WOOFED_BASE_URL: 'https://app.woofedcrm.com',
  WOOFED_TOKEN,
};
const SEE = ' (see README.md, "Configuration")';

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
    });
  });

  it('treats empty base URLs as unset and ignores tokens in the demo', () => {
    expect(loadConfig({ KOMMO_BASE_URL: '', WOOFED_BASE_URL: '', KOMMO_TOKEN, WOOFED_TOKEN })).toStrictEqual({
      port: 4000,
      upstreamTimeoutMs: 10000,
      demo: true,
      kommoRateLimitRps: 7,
      woofedAccountId: '1',
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
    };

    expect(loadConfig(env)).toStrictEqual({
      port: 8080,
      upstreamTimeoutMs: 2500,
      demo: false,
      kommoRateLimitRps: 5,
      woofedAccountId: '42',
      kommo: { baseUrl: 'https://acme.kommo.com', token: KOMMO_TOKEN, rateLimitRps: 5 },
      woofed: { baseUrl: 'https://app.woofedcrm.com', token: WOOFED_TOKEN, accountId: '42' },
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
