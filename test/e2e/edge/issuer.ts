import { exportJWK, generateKeyPair, type JWTPayload, type KeyLike, SignJWT } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenOptions {
  claims?: JWTPayload;
  subject?: string | undefined;
  issuer?: string;
  audience?: string;
  /** jose time span or a Unix time. @default '5m' */
  expiresAt?: string | number;
  notBefore?: string | number;
  /** Sign with a key the JWKS does not publish. */
  foreignKey?: boolean;
}

/**
 * A JWT issuer for tests: an RS256 key pair made by jose and its public JWKS served on port 0 of
 * the loopback interface. `available = false` makes the JWKS answer 503.
 */
export async function startIssuer() {
  const own = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(own.publicKey)), kid: 'ponte-test', alg: 'RS256', use: 'sig' };
  const state = { available: true, fetches: 0 };
  const server = createServer((_req, res) => {
    state.fetches += 1;
    if (!state.available) res.writeHead(503).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = 'https://issuer.test/';
  const audience = 'ponte';

  async function sign(options: TokenOptions = {}): Promise<string> {
    const key: KeyLike = options.foreignKey === true ? foreign.privateKey : own.privateKey;
    let jwt = new SignJWT(options.claims ?? { scope: 'ponte:read' })
      .setProtectedHeader({ alg: 'RS256', kid: 'ponte-test' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresAt ?? '5m');
    if (options.subject !== undefined || !('subject' in options)) jwt = jwt.setSubject(options.subject ?? 'user-42');
    if (options.notBefore !== undefined) jwt = jwt.setNotBefore(options.notBefore);
    return jwt.sign(key);
  }

  return {
    state,
    env: {
      JWT_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: audience,
    },
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type Issuer = Awaited<ReturnType<typeof startIssuer>>;
