import { SignJWT } from 'jose';
import { type EdgeHarness, type RawResponse, startEdgeHarness } from './edge-harness';
import { type Issuer, startIssuer } from './issuer';

const READ_KEY = 'rk_7Hq2mVx9LpT4sW8nB3cD';
const WRITE_KEY = 'wk_Z5yR1uK6oJ0eF2gA9iX4';
const API_KEYS = `reports:read:${READ_KEY},crm-app:write:${WRITE_KEY}`;
const QUERY = { query: '{ users { id } }' };
const NOTE = { query: 'mutation { createDealNote(dealId: "1", input: { content: "Called back" }) { id } }' };

let issuer: Issuer;
let h: EdgeHarness;
/** Every response text of the file: none may carry a credential. */
const seen: string[] = [];
const secrets: string[] = [READ_KEY, WRITE_KEY];

beforeAll(async () => {
  issuer = await startIssuer();
  h = await startEdgeHarness({ API_KEYS, ALLOW_ANONYMOUS: 'false', ...issuer.env });
});
afterAll(async () => {
  await h.close();
  await issuer.close();
});
beforeEach(() => {
  h.sim.resetRequests();
  h.woofed.resetRequests();
});

async function send(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await h.send({ body, headers });
  seen.push(response.text, JSON.stringify([...response.headers]));
  return response;
}

async function token(options: Parameters<Issuer['sign']>[0] = {}): Promise<string> {
  const jwt = await issuer.sign(options);
  secrets.push(jwt);
  return jwt;
}

const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

function expectRefused(response: RawResponse, status: number, code: string, message: RegExp | string): void {
  expect(response.status).toBe(status);
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors?.[0]).toEqual({
    message: typeof message === 'string' ? message : expect.stringMatching(message),
    extensions: { code },
  });
  expect(response.body.data).toBeUndefined();
  expect(h.upstreamCalls()).toBe(0);
}

describe('API keys (x-api-key)', () => {
  it('refuses a request without credentials with 401, a challenge, and no upstream call', async () => {
    const response = await send(QUERY);
    expectRefused(
      response,
      401,
      'UNAUTHENTICATED',
      'Credentials required: send x-api-key: <key> or Authorization: Bearer <JWT>',
    );
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer realm="ponte", ApiKey realm="ponte", header="x-api-key"',
    );
  });

  it('refuses an unknown key, and logs the refusal without the key', async () => {
    const wrong = `${READ_KEY}x`;
    secrets.push(wrong);
    expectRefused(await send(QUERY, { 'x-api-key': wrong }), 401, 'UNAUTHENTICATED', 'The API key is not valid');
    expect(h.logger.entries).toContainEqual({
      level: 'warn',
      message: 'refused a request with invalid credentials',
      fields: { via: 'api-key', reason: 'unknown key' },
    });
  });

  it('lets a read key query, and refuses its mutation with FORBIDDEN before anything is sent', async () => {
    const read = await send(QUERY, { 'x-api-key': READ_KEY });
    expect([read.status, read.body.errors]).toEqual([200, undefined]);
    expect(h.calls('/api/v4/users')).toBe(1);
    h.sim.resetRequests();
    expectRefused(
      await send(NOTE, { 'x-api-key': READ_KEY }),
      403,
      'FORBIDDEN',
      'Mutations need write scope, and reports may only read: use an API key with scope write or a JWT with ponte:write',
    );
  });

  it('lets a write key write', async () => {
    const written = await send(NOTE, { 'x-api-key': WRITE_KEY });
    expect([written.status, written.body.errors]).toEqual([200, undefined]);
    expect(h.woofed.requests.map((request) => request.method)).toEqual(['POST']);
  });

  it('refuses two credentials at once', async () => {
    const jwt = await token();
    expectRefused(
      await send(QUERY, { 'x-api-key': READ_KEY, ...bearer(jwt) }),
      401,
      'UNAUTHENTICATED',
      'Send one credential, x-api-key or Authorization, not both',
    );
  });
});

describe('JWTs (Authorization: Bearer) verified against the JWKS', () => {
  it('lets ponte:read (scope) query and refuses its mutation, naming the sub', async () => {
    const jwt = await token({ claims: { scope: 'openid ponte:read' }, subject: 'ana@example.com' });
    expect((await send(QUERY, bearer(jwt))).body.errors).toBeUndefined();
    h.sim.resetRequests();
    expectRefused(await send(NOTE, bearer(jwt)), 403, 'FORBIDDEN', /and ana@example\.com may only read/);
  });

  it.each([
    ['scp as a list', { scp: ['ponte:write'] }],
    ['scp as a string', { scp: 'profile ponte:write' }],
    ['scope', { scope: 'ponte:write' }],
  ])('lets ponte:write write (%s)', async (_name, claims) => {
    const written = await send(NOTE, bearer(await token({ claims })));
    expect([written.status, written.body.errors]).toEqual([200, undefined]);
    expect(h.woofed.requests).toHaveLength(1);
  });

  it('refuses a valid token that grants no Ponte scope with FORBIDDEN', async () => {
    const jwt = await token({ claims: { scope: 'openid profile' } });
    expectRefused(
      await send(QUERY, bearer(jwt)),
      403,
      'FORBIDDEN',
      'The token grants neither ponte:read nor ponte:write',
    );
  });

  const past = () => Math.floor(Date.now() / 1000) - 60;
  it.each<[string, () => Promise<string>, string]>([
    ['expired', () => token({ expiresAt: past() }), 'the token has expired'],
    ['not yet valid', () => token({ notBefore: '1h' }), "the token's nbf claim does not verify"],
    ['from another issuer', () => token({ issuer: 'https://evil.test/' }), "the token's iss claim does not verify"],
    ['for another audience', () => token({ audience: 'billing' }), "the token's aud claim does not verify"],
    ['signed by another key', () => token({ foreignKey: true }), 'the token signature does not verify'],
    ['without sub', () => token({ subject: undefined }), 'the token has no sub claim'],
    [
      'signed with a shared secret',
      async () =>
        new SignJWT({ scope: 'ponte:write' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(issuer.env.JWT_ISSUER)
          .setAudience(issuer.env.JWT_AUDIENCE)
          .setSubject('mallory')
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('a-secret-anyone-could-guess-000000')),
      'the token is signed with an algorithm Ponte does not accept',
    ],
    ['not a JWT', async () => 'not-a.jwt-at.all', 'the token is not a well-formed JWT'],
  ])('refuses a token %s with 401', async (_name, make, reason) => {
    const jwt = await make();
    secrets.push(jwt);
    const response = await send(QUERY, bearer(jwt));
    expectRefused(response, 401, 'UNAUTHENTICATED', `The token is not valid: ${reason}`);
    expect(response.headers.get('www-authenticate')).toContain('Bearer realm="ponte"');
  });

  it('refuses an Authorization header that is not a Bearer token', async () => {
    expectRefused(
      await send(QUERY, { authorization: 'Basic dXNlcjpwYXNz' }),
      401,
      'UNAUTHENTICATED',
      'Authorization must be "Bearer <JWT>"',
    );
  });
});

describe('where anonymous callers are allowed', () => {
  it('serves callers without credentials and still refuses a wrong credential', async () => {
    const open = await startEdgeHarness({ API_KEYS: `reports:read:${READ_KEY}` });
    try {
      const anonymous = await open.send({ body: NOTE });
      expect([anonymous.status, anonymous.body.errors]).toEqual([200, undefined]);
      open.woofed.resetRequests();
      const wrong = await open.send({ body: NOTE, headers: { 'x-api-key': 'rk_not-a-key-0000000' } });
      seen.push(wrong.text);
      expect([wrong.status, wrong.body.errors?.[0]?.extensions?.['code'], open.upstreamCalls()]).toEqual([
        401,
        'UNAUTHENTICATED',
        0,
      ]);
    } finally {
      await open.close();
    }
  });
});

describe('an unreachable key set', () => {
  it('answers 503 without running anything, and tells the operator', async () => {
    const down = await startIssuer();
    down.state.available = false;
    const gateway = await startEdgeHarness({ ALLOW_ANONYMOUS: 'false', ...down.env });
    try {
      const jwt = await down.sign();
      secrets.push(jwt);
      const response = await gateway.send({ body: QUERY, headers: bearer(jwt) });
      seen.push(response.text, gateway.logger.text());
      expect([response.status, response.body.errors]).toEqual([
        503,
        [
          {
            message: "The token cannot be checked right now: the issuer's key set is unreachable; retry later",
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      ]);
      expect(gateway.upstreamCalls()).toBe(0);
      expect(gateway.logger.entries.map((entry) => [entry.level, entry.message])).toEqual([
        ['error', 'cannot verify tokens: the key set at JWT_JWKS_URL is unreachable'],
        ['info', 'graphql request'],
      ]);
      expect(gateway.logger.entries[1]?.fields).toMatchObject({
        status: 503,
        caller: null,
        errors: ['UNAUTHENTICATED'],
      });
    } finally {
      await gateway.close();
      await down.close();
    }
  });
});

describe('credentials never leak', () => {
  it('appear in no response and no log line of this file', () => {
    const everything = [...seen, h.logger.text()].join('\n');
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
