/** The only logging surface. Tokens and raw upstream bodies must never be passed in. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON line per entry on stdout/stderr: what a container log collector expects. */
export function createConsoleLogger(): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
    (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** Discards everything; tests use it (or a recording logger) so they stay silent. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
