import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { asArray, asString, path } from '../src/lib/decode';
import { buildPonteSchema } from '../src/schema/build-schema';
import { startGateway } from '../src/server';
import { BOARD, TIMELINE } from './queries';
import { unthrottledKommo } from './unthrottled';
import { aliasQuery, deepQuery, refusalLine, timeRefusal } from './refusals';

/**
 * `npm run bench`: the timeline query of issue 2 and the 50-lead pipeline board of issue 3 against the Kommo simulator with 20 ms injected
 * upstream latency, and the time the edge takes to refuse the 25-deep and the 1,000-alias queries of
 * issue 8 (by MAX_DEPTH/MAX_ALIASES with the defaults, and by the upstream-call estimate alone). Prints upstream calls per query against the lower bound and the naive
 * one-call-per-reference count, and p50/p95 latency over RUNS runs. The request budget is lifted
 * here (both sides) so latency measures batching, not the 7 rps queue; the budget's own cost is
 * printed as the time the same calls need at 7 requests per second.
 */
const RUNS = 200;
const WARMUP = 10;
const LATENCY_MS = 20;
async function main(): Promise<void> {
  const { sim, services } = await unthrottledKommo(LATENCY_MS);
  const gateway = await startGateway(await buildPonteSchema(), services, 0);
  const run = async (query = TIMELINE): Promise<number> => {
    const started = performance.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors !== undefined) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
    return performance.now() - started;
  };

  const { lowerBound, naive } = await bounds(sim.url, sim.token);
  for (let i = 0; i < WARMUP; i += 1) await run();
  sim.resetRequests();
  const durations: number[] = [];
  for (let i = 0; i < RUNS; i += 1) durations.push(await run());
  const callsPerQuery = sim.requests.length / RUNS;
  durations.sort((a, b) => a - b);
  const pct = (p: number): string =>
    (durations[Math.min(durations.length - 1, Math.ceil((p / 100) * durations.length) - 1)] ?? NaN).toFixed(1);

  const lines = [
    `timeline: events(first: 100) + entity name + createdBy + statusAfter/pipeline, ${LATENCY_MS} ms upstream latency, ${RUNS} runs`,
    `upstream calls per query: ${callsPerQuery} (lower bound ${lowerBound}; naive one-call-per-reference ${naive})`,
    `latency ms: p50 ${pct(50)}  p95 ${pct(95)}  max ${(durations.at(-1) ?? NaN).toFixed(1)}`,
    `at Kommo's 7 rps budget the calls of one query need ≥ ${(Math.max(0, callsPerQuery - 7) / 7).toFixed(2)} s of queueing (naive: ${(Math.max(0, naive - 7) / 7).toFixed(1)} s)`,
  ];
  sim.resetRequests();
  const board: number[] = [];
  for (let i = 0; i < RUNS; i += 1) board.push(await run(BOARD));
  board.sort((a, b) => a - b);
  const boardPct = (p: number): string =>
    (board[Math.min(board.length - 1, Math.ceil((p / 100) * board.length) - 1)] ?? NaN).toFixed(1);
  lines.push(
    `board: 50 leads with status, owner, company, contacts (+ pipeline), ${RUNS} runs`,
    `upstream calls per query: ${sim.requests.length / RUNS} (leads, contacts, companies, users, pipelines: lower bound 5)`,
    `latency ms: p50 ${boardPct(50)}  p95 ${boardPct(95)}  max ${(board.at(-1) ?? NaN).toFixed(1)}`,
  );
  // The same refusals twice: with the default limits, and on a gateway where only the estimate guards.
  const estimateOnly = await startGateway(await buildPonteSchema(), services, {
    port: 0,
    edge: loadConfig({ MAX_DEPTH: '1000', MAX_ALIASES: '100000', MAX_ROOT_FIELDS: '100000' }).edge,
  });
  const timelineP50 = Number(pct(50));
  const upstream = () => sim.requests.length;
  lines.push(`refusals (issue 8), ${RUNS} runs each, next to the timeline's p50 of ${pct(50)} ms:`);
  for (const [name, url, query] of [
    ['25-deep contacts → leads, default limits', gateway.url, deepQuery()],
    ['1,000 aliases of events(first: 100), default limits', gateway.url, aliasQuery()],
    ['25-deep, refused by the estimate alone', estimateOnly.url, deepQuery()],
    ['1,000 aliases, refused by the estimate alone', estimateOnly.url, aliasQuery()],
  ] as const) {
    lines.push(refusalLine(await timeRefusal(name, url, query, RUNS, upstream), timelineP50));
  }
  process.stdout.write(lines.join('\n') + '\n');
  await estimateOnly.stop();
  await gateway.stop();
  await services.close();
  await sim.close();
}

/** The lower bound: 1 events call, 1 call per entity type present, 1 users call, 1 pipelines call. */
async function bounds(url: string, token: string): Promise<{ lowerBound: number; naive: number }> {
  const response = await fetch(`${url}/api/v4/events?limit=100`, { headers: { authorization: `Bearer ${token}` } });
  const events = asArray(path(await response.json(), '_embedded', 'events')) ?? [];
  const types = new Set(
    events.map((event) => asString(path(event, 'entity_type'))).filter((t) => t !== undefined && t !== 'customer'),
  );
  const statusEvents = events.filter((event) => asString(path(event, 'type')) === 'lead_status_changed').length;
  const withCreator = events.filter((event) => path(event, 'created_by') !== 0).length;
  return { lowerBound: 1 + types.size + 2, naive: 1 + events.length + withCreator + 2 * statusEvents };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
