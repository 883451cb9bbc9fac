import { performance } from 'node:perf_hooks';

/** `contacts → leads → contacts …` nested 25 levels (issue 8: 378 bytes, 4.26 GB and an abort before the edge). */
export function deepQuery(levels = 25): string {
  let inner = 'id';
  for (let level = levels; level >= 2; level -= 1) inner = `${level % 2 === 0 ? 'leads' : 'contacts'} { ${inner} }`;
  return `{ contacts { nodes { ${inner} } } }`;
}

/** 1,000 aliases of `events(first: 100)` (issue 8: hundreds of Kommo calls queued). */
export function aliasQuery(count = 1000): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: events(first: 100) { nodes { id } }`).join(' ')} }`;
}

export interface RefusalRun {
  name: string;
  /** HTTP status and limit of the refusal (the same every run). */
  status: number;
  limit: string;
  /** Upstream requests the simulators received during all runs. */
  upstreamCalls: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Sends `query` `runs` times and times the refusal, from sending to the end of the answer. Each run
 * carries its own comment, so Apollo parses and validates it anew (as an attacker varying the text would).
 */
export async function timeRefusal(
  name: string,
  url: string,
  query: string,
  runs: number,
  upstreamRequests: () => number,
): Promise<RefusalRun> {
  const before = upstreamRequests();
  const durations: number[] = [];
  let status = 0;
  let limit = '';
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `# run ${i}\n${query}` }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { limit?: string } }> };
    durations.push(performance.now() - started);
    status = response.status;
    limit = body.errors?.[0]?.extensions?.limit ?? 'none (not refused)';
  }
  durations.sort((a, b) => a - b);
  const at = (p: number) =>
    durations[Math.min(durations.length - 1, Math.ceil((p / 100) * durations.length) - 1)] ?? NaN;
  return { name, status, limit, upstreamCalls: upstreamRequests() - before, p50: at(50), p95: at(95), max: at(100) };
}

export function refusalLine(run: RefusalRun, baselineP50: number): string {
  return (
    `${run.name}: HTTP ${run.status} ${run.limit}, upstream calls ${run.upstreamCalls}; ` +
    `time to refusal ms p50 ${run.p50.toFixed(2)}  p95 ${run.p95.toFixed(2)}  max ${run.max.toFixed(2)} ` +
    `(${(run.p50 / baselineP50).toFixed(3)} × the timeline's p50)`
  );
}
