import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { buildPonteSchema } from '../src/schema/build-schema';
import { startGateway } from '../src/server';
import { TIMELINE } from './queries';
import { unthrottledKommo } from './unthrottled';

/**
 * `npm run bench` (issue 9): the timeline query's latency with and without one failing nested call,
 * in the same run, runs interleaved. The failing call is the leads call behind `entity` answered
 * with a JSON 403 (not retried), so the numbers show what partial data itself costs: the events,
 * creators and statuses are still served, `entity` is null with one error. 20 ms upstream latency.
 */
const RUNS = 150;
const WARMUP = 10;
const LATENCY_MS = 20;

interface Answer {
  data?: { events: { nodes: unknown[] } } | null;
  errors?: unknown[];
}

async function main(): Promise<void> {
  const { sim, services } = await unthrottledKommo(LATENCY_MS);
  const gateway = await startGateway(await buildPonteSchema(), services, 0);
  const run = async (failing: boolean): Promise<number> => {
    if (failing) {
      sim.injectFault({
        method: 'GET',
        pathPrefix: '/api/v4/leads',
        status: 403,
        json: { title: 'Forbidden', status: 403 },
      });
    }
    const started = performance.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TIMELINE }),
    });
    const body = (await response.json()) as Answer;
    const elapsed = performance.now() - started;
    const served = (body.data?.events.nodes.length ?? 0) > 0;
    const errors = body.errors?.length ?? 0;
    if (!served || errors !== (failing ? 1 : 0)) throw new Error(`unexpected answer: ${JSON.stringify(body.errors)}`);
    return elapsed;
  };

  for (let i = 0; i < WARMUP; i += 1) await run(i % 2 === 1);
  const healthy: number[] = [];
  const failing: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    healthy.push(await run(false));
    failing.push(await run(true));
  }
  const p = (values: number[], pct: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((pct / 100) * sorted.length) - 1)] ?? NaN;
  };
  const line = (name: string, values: number[]): string =>
    `${name}: p50 ${p(values, 50).toFixed(1)} ms  p95 ${p(values, 95).toFixed(1)} ms`;
  process.stdout.write(
    [
      `failures (issue 9): timeline, ${LATENCY_MS} ms upstream latency, ${RUNS} runs each, interleaved`,
      line('all calls succeed       ', healthy),
      line('entity call fails (403) ', failing),
      `ratio failing/healthy: p50 ${(p(failing, 50) / p(healthy, 50)).toFixed(2)}  p95 ${(p(failing, 95) / p(healthy, 95)).toFixed(2)}`,
      '',
    ].join('\n'),
  );
  await gateway.stop();
  await services.close();
  await sim.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
