import { createLogger } from '../../../src/observability/pino-logger';

function capture(level: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => lines.push(line) } });
  return { logger, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), lines };
}

describe('the pino logger', () => {
  it('writes one JSON line per entry: level name, ISO time, message and fields', () => {
    const { logger, parsed, lines } = capture('info');

    logger.info('graphql request', { requestId: 'r-1', upstreamCalls: 4, errors: [] });

    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    expect(parsed()).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        pid: process.pid,
        hostname: expect.any(String),
        msg: 'graphql request',
        requestId: 'r-1',
        upstreamCalls: 4,
        errors: [],
      },
    ]);
  });

  it('drops entries below LOG_LEVEL', () => {
    const atWarn = capture('warn');
    const atDebug = capture('debug');
    for (const { logger } of [atWarn, atDebug]) {
      logger.debug('d');
      logger.info('i');
      logger.warn('w');
      logger.error('e');
    }

    expect(atWarn.parsed().map((line) => [line['level'], line['msg']])).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
    expect(atDebug.parsed().map((line) => line['level'])).toEqual(['debug', 'info', 'warn', 'error']);
  });

  it('keeps a message with printf directives as written', () => {
    const { logger, parsed } = capture('info');

    logger.warn('100% of %s and %d', { n: 1 });

    expect(parsed()[0]?.['msg']).toBe('100% of %s and %d');
  });

  it('redacts credential-named fields, at the top level and one level down', () => {
    const { logger, lines } = capture('info');

    logger.error('oops', {
      token: 'tok-secret-1',
      headers: { authorization: 'Bearer tok-secret-2', 'x-api-key': 'key-secret-3', accept: 'application/json' },
      upstream: { apiKey: 'key-secret-4' },
    });

    expect(lines.join('')).not.toMatch(/secret-\d/);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      token: '[redacted]',
      headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', accept: 'application/json' },
      upstream: { apiKey: '[redacted]' },
    });
  });
});
