/**
 * The only logging surface (pino behind it, see `observability/pino-logger.ts`). Tokens, keys and
 * raw upstream bodies must never be passed in.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Discards everything; tests use it (or a recording logger) so they stay silent. */
export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
