import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import type { LogLevel } from '../config';
import type { Logger } from '../logger';

export interface LoggerOptions {
  level: LogLevel;
  /** @default stdout, written synchronously so nothing is lost when the process exits */
  destination?: DestinationStream;
}

/**
 * Field names that hold credentials wherever they appear (top level or one level down). Callers
 * never pass credentials; this is the net under that rule, not a licence to rely on it.
 */
const REDACTED = ['authorization', 'token', 'apiKey', 'password', 'secret', '["x-api-key"]'].flatMap((key) => [
  key,
  key.startsWith('[') ? `*${key}` : `*.${key}`,
]);

/**
 * pino JSON lines: `{"level":"info","time":"2025-…Z","pid":…,"hostname":…,"msg":…, …fields}`.
 * Level names instead of pino's numbers and ISO instants, so a line reads without a decoder.
 */
export function createLogger(options: LoggerOptions): Logger {
  const logger = pino(
    {
      level: options.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return wrap(logger);
}

function wrap(logger: Pino): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, '%s', message),
    info: (message, fields) => logger.info(fields ?? {}, '%s', message),
    warn: (message, fields) => logger.warn(fields ?? {}, '%s', message),
    error: (message, fields) => logger.error(fields ?? {}, '%s', message),
  };
}
