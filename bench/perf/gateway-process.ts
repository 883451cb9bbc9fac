import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { boot } from '../../src/boot';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/observability/pino-logger';
import { startBareGateway } from '../baseline/bare-gateway';
import { startFloorGateway } from '../baseline/floor-gateway';

/**
 * One gateway of the perf bench in its own process, so that `process.cpuUsage()` and the peak RSS
 * it reports are the gateway's alone. argv: `ponte` (booted from the environment exactly as
 * `npm start` boots it; the bench passes the variables), `bare <kommo-url> <token>` or
 * `floor <kommo-url> <token>`. It sends `{ url }` once listening, answers `'usage'` with its CPU
 * time and peak RSS so far, and exits on `'exit'`.
 */
export interface Usage {
  cpuMs: number;
  /** The main (JavaScript) thread's share of `cpuMs`; the rest is V8's GC helpers and libuv's pool. 0 off Linux. */
  mainThreadCpuMs: number;
  maxRssMiB: number;
}
export type ChildMessage = { url: string } | { usage: Usage };

const REFERENCE_GATEWAYS: Readonly<Record<string, typeof startBareGateway>> = {
  bare: startBareGateway,
  floor: startFloorGateway,
};

async function start(): Promise<string> {
  const [kind = '', kommoUrl, token] = process.argv.slice(2);
  const reference = REFERENCE_GATEWAYS[kind];
  if (reference !== undefined && kommoUrl !== undefined && token !== undefined) {
    return (await reference(kommoUrl, token)).url;
  }
  const config = loadConfig();
  const booted = await boot(config, createLogger({ level: config.logLevel }));
  return `http://127.0.0.1:${booted.gateway.port}/graphql`;
}

/**
 * utime + stime of the main thread from /proc (fields 14 and 15, in clock ticks of 10 ms): a CPU
 * profile sees only this thread, so the rest of `cpuMs` is work no profile shows (concurrent marking,
 * parallel scavenges).
 */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function usage(): Usage {
  const cpu = process.cpuUsage();
  // ru_maxrss is in KiB on Linux: the high-water mark of this process's resident set.
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainThreadCpuMs: mainThreadCpuMs(),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
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
