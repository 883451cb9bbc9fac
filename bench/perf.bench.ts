import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startKommoSimulator, type KommoSimulator } from '../src/demo/kommo';
import { startWoofedSimulator, type WoofedSimulator } from '../src/demo/woofed';
import type { ChildMessage, Usage } from './perf/gateway-process';
import { mostInWindow, ownTimeMs, percentile } from './perf/own-time';
import { BOARD, TIMELINE } from './queries';

/**
 * `npm run bench` (issue 13): Ponte next to the bare graphql-js + DataLoader baseline and the floor
 * (bench/baseline) over the same Kommo simulator with 20 ms latency, in the same run, each gateway
 * in its own process and all measured in turn (see `measureAll`). For the timeline and the board:
 * own time p50/p95 (see perf/own-time.ts), CPU ms per query (the gateway process's user + system
 * time over RUNS sequential queries after WARMUP, and the part of it on the JavaScript thread), and
 * the peak RSS of the process after CONCURRENT timelines at once; Ponte cold
 * (REFERENCE_TTL_SECONDS=0) and warm (the reference cache's default TTL). Then a burst of BURST
 * timelines at Kommo's 7 rps budget: drain time, the most calls the simulator saw in any one second,
 * and lost queries.
 */
const LATENCY_MS = 20;
/** Warm-up queries, at zero simulator latency: enough for V8 to finish optimising the hot path. */
const WARMUP = 500;
const RUNS = 300;
/** RUNS are taken in this many blocks per gateway, the gateways in turn, each after REWARM queries. */
const BLOCKS = 6;
const REWARM = 20;
const CONCURRENT = 100;
const BURST = 50;

interface Gateway {
  url: string;
  usage(): Promise<Usage>;
  stop(): void;
}

async function startGatewayProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Gateway> {
  const child: ChildProcess = fork(join(__dirname, 'perf', 'gateway-process.js'), args, {
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: process.env['PERF_CHILD_EXEC_ARGV']?.split(' ').filter(Boolean) ?? [],
  });
  // Both listeners go once either fires: a bench asks for usage hundreds of times.
  const next = (): Promise<ChildMessage> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: unknown): void => {
        child.off('exit', onExit);
        resolve(message as ChildMessage);
      };
      const onExit = (code: number | null): void => {
        child.off('message', onMessage);
        reject(new Error(`gateway process exited with ${String(code)}`));
      };
      child.once('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next();
  if (!('url' in ready)) throw new Error('gateway process did not report its URL');
  return {
    url: ready.url,
    usage: async () => {
      const answer = next();
      child.send('usage');
      const message = await answer;
      if (!('usage' in message)) throw new Error('gateway process did not report its usage');
      return message.usage;
    },
    stop: () => child.send('exit'),
  };
}

async function post(url: string, query: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  return response.status === 200 && body.errors === undefined && body.data !== undefined && body.data !== null;
}

interface Measured {
  ownP50: number;
  ownP95: number;
  latencyP50: number;
  cpuMs: number;
  mainThreadCpuMs: number;
  calls: number;
}

/** `count` unmeasured queries with the simulator answering at once. */
async function warmUp(gateway: Gateway, sim: KommoSimulator, query: string, count: number): Promise<void> {
  sim.setLatency(0);
  for (let i = 0; i < count; i += 1) await post(gateway.url, query);
  sim.setLatency(LATENCY_MS);
}

interface Tally {
  own: number[];
  latency: number[];
  cpuMs: number;
  mainThreadCpuMs: number;
  calls: number;
}

/**
 * RUNS / BLOCKS sequential queries on one gateway, added to `tally`, after REWARM unmeasured ones at
 * 0 ms latency: a gateway idle while the others ran starts with cold processor caches, which a
 * gateway under steady load does not have.
 */
async function runBlock(gateway: Gateway, sim: KommoSimulator, query: string, tally: Tally): Promise<void> {
  await warmUp(gateway, sim, query, REWARM);
  sim.resetRequests();
  const before = await gateway.usage();
  for (let i = 0; i < RUNS / BLOCKS; i += 1) {
    const seen = sim.requests.length;
    const from = performance.now();
    if (!(await post(gateway.url, query))) throw new Error('bench query failed');
    const to = performance.now();
    const calls = sim.requests.slice(seen);
    tally.latency.push(to - from);
    tally.own.push(ownTimeMs(from, to, calls));
    tally.calls += calls.length;
  }
  const after = await gateway.usage();
  tally.cpuMs += after.cpuMs - before.cpuMs;
  tally.mainThreadCpuMs += after.mainThreadCpuMs - before.mainThreadCpuMs;
}

/**
 * `query` on every gateway: WARMUP queries each at 0 ms latency, then RUNS each in BLOCKS blocks
 * taken in turn (gateway 1, 2, 3, 1, 2, 3, …), so that a change in the machine's speed during the
 * run (this one's varies by half within minutes) weighs on every gateway alike.
 */
async function measureAll(gateways: readonly Gateway[], sim: KommoSimulator, query: string): Promise<Measured[]> {
  for (const gateway of gateways) await warmUp(gateway, sim, query, WARMUP);
  const runs = gateways.map((gateway): { gateway: Gateway; tally: Tally } => ({
    gateway,
    tally: { own: [], latency: [], cpuMs: 0, mainThreadCpuMs: 0, calls: 0 },
  }));
  for (let block = 0; block < BLOCKS; block += 1) {
    for (const { gateway, tally } of runs) await runBlock(gateway, sim, query, tally);
  }
  return runs.map(({ tally }) => ({
    ownP50: percentile(tally.own, 50),
    ownP95: percentile(tally.own, 95),
    latencyP50: percentile(tally.latency, 50),
    cpuMs: tally.cpuMs / RUNS,
    mainThreadCpuMs: tally.mainThreadCpuMs / RUNS,
    calls: tally.calls / RUNS,
  }));
}

async function peakRss(gateway: Gateway): Promise<number> {
  for (let round = 0; round < 3; round += 1) {
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => post(gateway.url, TIMELINE)));
    if (answers.includes(false)) throw new Error('a concurrent timeline failed');
  }
  return (await gateway.usage()).maxRssMiB;
}

interface Row {
  name: string;
  timeline: Measured;
  board: Measured;
  rssMiB: number;
}

/** Every gateway measured side by side (see `measureAll`), then each one's peak RSS, then all stopped. */
async function profileAll(named: ReadonlyArray<readonly [string, Gateway]>, sim: KommoSimulator): Promise<Row[]> {
  const gateways = named.map(([, gateway]) => gateway);
  try {
    const timeline = await measureAll(gateways, sim, TIMELINE);
    const board = await measureAll(gateways, sim, BOARD);
    const rows: Row[] = [];
    for (const [i, [name, gateway]] of named.entries()) {
      const [t, b] = [timeline[i], board[i]];
      if (t === undefined || b === undefined) throw new Error(`no measurement for ${name}`);
      rows.push({ name, timeline: t, board: b, rssMiB: await peakRss(gateway) });
    }
    return rows;
  } finally {
    for (const gateway of gateways) gateway.stop();
  }
}

function ponteEnv(sim: KommoSimulator, woofed: WoofedSimulator, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    KOMMO_BASE_URL: sim.url,
    KOMMO_TOKEN: sim.token,
    WOOFED_BASE_URL: woofed.url,
    WOOFED_TOKEN: woofed.token,
    WOOFED_ACCOUNT_ID: woofed.accountId,
    ALLOW_ANONYMOUS: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  };
}

async function burst(sim: KommoSimulator, woofed: WoofedSimulator): Promise<string> {
  const gateway = await startGatewayProcess(['ponte'], ponteEnv(sim, woofed, { KOMMO_RATE_LIMIT_RPS: '7' }));
  try {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    sim.resetRequests();
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: BURST }, () => post(gateway.url, TIMELINE)));
    const drainS = (performance.now() - started) / 1000;
    const refused = sim.requests.filter((request) => request.status === 429).length;
    return (
      `burst: ${BURST} timelines at once, KOMMO_RATE_LIMIT_RPS=7, warm cache: drained in ${drainS.toFixed(1)} s, ` +
      `${sim.requests.length} calls, at most ${mostInWindow(sim.requests)} in any 1 s, ${refused} × 429, ` +
      `${answers.filter((ok) => !ok).length} of ${BURST} queries lost`
    );
  } finally {
    gateway.stop();
  }
}

const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}×`;
const FLOOR = 'floor (no GraphQL)';

function report(rows: readonly Row[]): string[] {
  const base = rows[0];
  if (base === undefined) return [];
  const lines = [
    `perf (issue 13): Kommo simulator ${LATENCY_MS} ms latency, ${RUNS} sequential runs per query after ${WARMUP} warm-up at 0 ms, in ${BLOCKS} blocks per gateway taken in turn`,
    'own time = wall time minus the time any of the query’s upstream calls was being served by the simulator',
    'CPU = gateway process user+system ms per query; main = the part spent on its JavaScript thread (all a CPU profile',
    'sees), the rest is V8 GC helper threads and libuv (0 off Linux)',
    `peak RSS = process high-water mark after 3 × ${CONCURRENT} concurrent timelines`,
  ];
  for (const query of ['timeline', 'board'] as const) {
    for (const row of rows) {
      const m = row[query];
      const b = base[query];
      lines.push(
        `${query.padEnd(8)} ${row.name.padEnd(20)} calls ${m.calls.toFixed(1)}  latency p50 ${m.latencyP50.toFixed(1)} ms  ` +
          `own p50 ${m.ownP50.toFixed(2)} ms (${ratio(m.ownP50, b.ownP50)})  own p95 ${m.ownP95.toFixed(2)} ms  ` +
          `CPU ${m.cpuMs.toFixed(2)} ms/query (${ratio(m.cpuMs, b.cpuMs)}), main ${m.mainThreadCpuMs.toFixed(2)} (${ratio(m.mainThreadCpuMs, b.mainThreadCpuMs)})`,
      );
    }
  }
  for (const row of rows) {
    lines.push(`peak RSS ${row.name.padEnd(20)} ${row.rssMiB.toFixed(0)} MiB (${ratio(row.rssMiB, base.rssMiB)})`);
  }
  return [...lines, ...graphqlLayer(rows)];
}

/**
 * The floor makes the baseline's calls and builds the same answers without GraphQL (see
 * baseline/floor-gateway.ts), so CPU over it is what a gateway's GraphQL layer costs per query.
 */
function graphqlLayer(rows: readonly Row[]): string[] {
  const [base, floor] = [rows[0], rows.find((row) => row.name === FLOOR)];
  if (base === undefined || floor === undefined) return [];
  const lines = [`GraphQL layer = CPU per query over the floor (${FLOOR}: same calls and answers, no GraphQL)`];
  for (const query of ['timeline', 'board'] as const) {
    const baseLayer = base[query].cpuMs - floor[query].cpuMs;
    for (const row of rows.filter((r) => r !== floor)) {
      const layer = row[query].cpuMs - floor[query].cpuMs;
      lines.push(
        `GraphQL layer ${query.padEnd(8)} ${row.name.padEnd(20)} ${layer.toFixed(2)} ms/query (${ratio(layer, baseLayer)})`,
      );
    }
  }
  return lines;
}

async function main(): Promise<void> {
  const sim = await startKommoSimulator({ rateLimitRps: 100_000, latencyMs: LATENCY_MS });
  const woofed = await startWoofedSimulator();
  const fast = { KOMMO_RATE_LIMIT_RPS: '1000' };
  const rows = await profileAll(
    [
      ['bare baseline', await startGatewayProcess(['bare', sim.url, sim.token])],
      [
        'Ponte cold (TTL 0)',
        await startGatewayProcess(['ponte'], ponteEnv(sim, woofed, { ...fast, REFERENCE_TTL_SECONDS: '0' })),
      ],
      ['Ponte warm (TTL 60)', await startGatewayProcess(['ponte'], ponteEnv(sim, woofed, fast))],
      [FLOOR, await startGatewayProcess(['floor', sim.url, sim.token])],
    ],
    sim,
  );
  await sim.close();
  const limited = await startKommoSimulator({ latencyMs: LATENCY_MS });
  const lines = [...report(rows), await burst(limited, woofed)];
  await limited.close();
  await woofed.close();
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
