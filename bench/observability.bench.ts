import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { createServices } from '../src/app';
import { startKommoSimulator } from '../src/demo/kommo';
import { silentLogger } from '../src/logger';
import { GatewayMetrics, Observability } from '../src/observability';
import { traceExportSettings } from '../src/observability/otel-settings';
import { createOtlpTracing } from '../src/observability/otlp-tracing';
import { createLogger } from '../src/observability/pino-logger';
import { buildPonteSchema } from '../src/schema/build-schema';
import { startGateway } from '../src/server';
import { TIMELINE } from './queries';

/**
 * `npm run bench` (second part): what logs, metrics and traces cost on the timeline query. Two
 * gateways in this process front one Kommo simulator (20 ms latency, budget lifted): one with
 * observability off (no logger output, no metrics, no spans), one with all of it on as `npm start`
 * runs it (pino JSON lines written to /dev/null, every Prometheus series, OTLP/HTTP protobuf
 * export in batches to a local collector stand-in). Runs alternate between the two so that drift
 * of the machine hits both alike.
 */
const RUNS = 300;
const WARMUP = 20;
const LATENCY_MS = 20;
async function main(): Promise<void> {
  const sim = await startKommoSimulator({ rateLimitRps: 100_000, latencyMs: LATENCY_MS });
  const collector = await startCollector();
  const schema = await buildPonteSchema();
  const base = { kommo: { baseUrl: sim.url, token: sim.token }, kommoRateLimitRps: 100_000, upstreamTimeoutMs: 10_000 };

  const offServices = createServices({ ...base, logger: silentLogger });
  const off = await startGateway(schema, offServices, 0);

  const logger = createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) });
  const settings = traceExportSettings({
    endpoint: collector.url,
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url },
  });
  if (settings === undefined) throw new Error('trace export settings expected');
  const metrics = new GatewayMetrics();
  const observability = new Observability({ logger, metrics, tracing: createOtlpTracing(settings, { logger }) });
  const onServices = createServices({
    ...base,
    logger,
    observer: observability.observer,
    events: observability.events,
  });
  metrics.watchBudget('kommo', onServices.kommoBudget);
  const on = await startGateway(schema, onServices, { port: 0, observability });

  const run = async (url: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TIMELINE }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors !== undefined) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < WARMUP; i += 1) {
    await run(off.url);
    await run(on.url);
  }
  const offMs: number[] = [];
  const onMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    offMs.push(await run(off.url));
    onMs.push(await run(on.url));
  }
  const scrapeStarted = performance.now();
  const exposition = await (await fetch(on.url.replace(/\/graphql$/, '/metrics'))).text();
  const scrapeMs = performance.now() - scrapeStarted;
  await on.stop();
  await off.stop();
  await observability.shutdown();

  const p = (values: number[], percentile: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((percentile / 100) * sorted.length) - 1)] ?? NaN;
  };
  const [p50Off, p50On, p95Off, p95On] = [p(offMs, 50), p(onMs, 50), p(offMs, 95), p(onMs, 95)];
  process.stdout.write(
    [
      `observability: the timeline with logs + metrics + traces off and on, ${LATENCY_MS} ms upstream latency, ${RUNS} alternating runs each`,
      `latency ms off: p50 ${p50Off.toFixed(1)}  p95 ${p95Off.toFixed(1)}`,
      `latency ms on:  p50 ${p50On.toFixed(1)}  p95 ${p95On.toFixed(1)}`,
      `overhead: p50 ${(p50On - p50Off).toFixed(2)} ms (×${(p50On / p50Off).toFixed(3)})  p95 ${(p95On - p95Off).toFixed(2)} ms (×${(p95On / p95Off).toFixed(3)})`,
      `exported: ${collector.requests} OTLP requests, ${(collector.bytes / 1024).toFixed(0)} KiB; one /metrics scrape: ${scrapeMs.toFixed(1)} ms, ${(exposition.length / 1024).toFixed(1)} KiB`,
    ].join('\n') + '\n',
  );
  await onServices.close();
  await offServices.close();
  await collector.close();
  await sim.close();
}

/** Accepts OTLP exports and counts them, as a collector would. */
async function startCollector() {
  const counts = { requests: 0, bytes: 0 };
  const server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (counts.bytes += chunk.length));
    req.on('end', () => {
      counts.requests += 1;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return counts.requests;
    },
    get bytes() {
      return counts.bytes;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
