import type { Logger } from '../../../src/logger';
import { Transport, type TransportOptions } from '../../../src/upstream/transport';
import { startScriptServer, type ScriptedReply, type ScriptServer } from './script-server';

export const TOKEN = 'secret-token-eyJhbGciOiJIUzI1NiJ9.e30.abc';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record =
    (level: LogEntry['level']) =>
    (message: string, fields?: Record<string, unknown>): void => {
      entries.push({ level, message, fields });
    };
  return { entries, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

export interface Harness {
  server: ScriptServer;
  transport: Transport;
  /** Every retry wait the transport asked for; the injected sleep returns at once. */
  sleeps: number[];
  logger: ReturnType<typeof recordingLogger>;
}

/**
 * Starts a scripted server and a transport in front of it; call the returned `teardown` in
 * afterEach (it is safe to call when nothing was started).
 */
export function transportHarness(): {
  start(replies: ScriptedReply[], options?: Partial<TransportOptions>): Promise<Harness>;
  teardown(): Promise<void>;
} {
  let current: Harness | undefined;
  return {
    async start(replies, options = {}) {
      const server = await startScriptServer(replies);
      const sleeps: number[] = [];
      const logger = recordingLogger();
      const transport = new Transport({
        upstream: 'kommo',
        baseUrl: server.url,
        token: TOKEN,
        timeoutMs: 2000,
        retry: { baseDelayMs: 1 },
        logger,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        ...options,
      });
      current = { server, transport, sleeps, logger };
      return current;
    },
    async teardown() {
      await current?.transport.close();
      await current?.server.close();
      current = undefined;
    },
  };
}

/** The rejection of `promise`; fails the test when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}
