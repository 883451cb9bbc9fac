import 'reflect-metadata';
import { boot } from '../../src/boot';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/pino-logger';
import { startBareGateway } from '../baseline/bare-gateway';

/**
 * One gateway of the perf bench in its own process, so that `process.cpuUsage()` and the peak RSS
 * it reports are the gateway's alone. argv: `ponte` (booted from the environment exactly as
 * `npm start` boots it; the bench passes the variables) or `bare <kommo-url> <token>`. It sends
 * `{ url }` once listening, answers `'usage'` with its CPU time and peak RSS so far, and exits on `'exit'`.
 */
export interface Usage {
  cpuMs: number;
  maxRssMiB: number;
}
export type ChildMessage = { url: string } | { usage: Usage };

async function start(): Promise<string> {
  const [kind, kommoUrl, token] = process.argv.slice(2);
  if (kind === 'bare' && kommoUrl !== undefined && token !== undefined) {
    return (await startBareGateway(kommoUrl, token)).url;
  }
  const config = loadConfig();
  const booted = await boot(config, createLogger({ level: config.logLevel }));
  return `http://127.0.0.1:${booted.gateway.port}/graphql`;
}

function usage(): Usage {
  const cpu = process.cpuUsage();
  // ru_maxrss is in KiB on Linux: the high-water mark of this process's resident set.
  return { cpuMs: (cpu.user + cpu.system) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
}

start().then(
  (url) => {
    process.on('message', (message) => {
      if (message === 'usage') process.send?.({ usage: usage() } satisfies ChildMessage);
      // A clean exit, so that `--cpu-prof` / `--heap-prof` (PERF_CHILD_EXEC_ARGV) write their files.
      if (message === 'exit') process.exit(0);
    });
    process.send?.({ url } satisfies ChildMessage);
  },
  (error: unknown) => {
    process.stderr.write(`gateway process failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
