import { Transport, type UpstreamRequest } from '../../../src/upstream/transport';
import { failureOf, recordingLogger, TOKEN } from './fixture';
import { refusedPort, startScriptServer, type ScriptedReply, type ScriptServer } from './script-server';

let server: ScriptServer | undefined;
let transport: Transport | undefined;
afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = server = undefined;
});

const echoingToken: ScriptedReply[] = [
  { status: 401, headers: { 'content-type': 'text/plain' }, body: `bad token ${TOKEN}` },
  {
    status: 422,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [`token ${TOKEN}`] }),
  },
  { status: 403, headers: { 'content-type': 'text/html' }, body: `<html>${TOKEN}</html>` },
  { status: 500, headers: { 'content-type': 'text/html' }, body: `<html>${TOKEN}</html>` },
  { status: 500, headers: { 'content-type': 'text/html' }, body: `<html>${TOKEN}</html>` },
  { status: 429, headers: { 'content-type': 'text/html' }, body: `<html>${TOKEN}</html>` },
  { status: 200, headers: { 'content-type': 'text/html' }, body: `<html>${TOKEN}</html>` },
  { status: 200, headers: { 'content-type': 'application/json' }, delayMs: 10_000 },
];

describe('Transport: secrets', () => {
  it('never puts the token in an error or a log entry', async () => {
    const logger = recordingLogger();
    server = await startScriptServer(echoingToken);
    transport = new Transport({
      upstream: 'kommo',
      baseUrl: server.url,
      token: TOKEN,
      timeoutMs: 1000,
      retry: { maxRetries: 1, baseDelayMs: 1 },
      logger,
    });
    const get: UpstreamRequest = { method: 'GET', path: '/api/v4/leads', query: [['query', 'x']] };
    const post: UpstreamRequest = { method: 'POST', path: '/api/v4/leads', body: [{}] };

    const errors = [
      await failureOf(transport.request(get)), // 401
      await failureOf(transport.request(post)), // 422
      await failureOf(transport.request(get)), // 403 ban
      await failureOf(transport.request(get)), // 500, 500
      await failureOf(transport.request(post)), // 429
      await failureOf(transport.request(get)), // non-JSON 200
      await failureOf(transport.request(get)), // timeout (the whole call's deadline)
    ];
    const port = await refusedPort();
    const refused = new Transport({
      upstream: 'woofed',
      baseUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      timeoutMs: 100,
      retry: { baseDelayMs: 1 },
      logger,
    });
    errors.push(await failureOf(refused.request(get)));
    await refused.close();

    expect(errors.map((e) => (e as { kind?: unknown }).kind)).toEqual([
      'UNAUTHENTICATED',
      'VALIDATION',
      'FORBIDDEN',
      'UNAVAILABLE',
      'RATE_LIMITED',
      'BAD_RESPONSE',
      'UNAVAILABLE',
      'UNAVAILABLE',
    ]);
    expect(logger.entries.length).toBeGreaterThan(0);
    const visible = JSON.stringify([
      errors.map((e) => ({ ...(e as object), message: (e as Error).message })),
      logger.entries,
    ]);
    expect(visible).not.toContain(TOKEN);
    expect(visible).not.toContain('query=x');
  });
});
