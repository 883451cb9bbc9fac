import type { RecordedRequest } from '../../src/demo/kommo';

/**
 * A query's own time: its wall time (as the client sees it) minus the time during which at least
 * one of its upstream calls was being served by the simulator (from the request's arrival there to
 * its answer being encoded and written). What is left is the gateway's work before, between and
 * after the upstream rounds, plus loopback transfer and the bench client's own sending and reading
 * (the same for every gateway measured). Queries run one at a time, so every call in [from, to] is
 * theirs.
 */
export function ownTimeMs(from: number, to: number, calls: readonly RecordedRequest[]): number {
  const spans = calls
    .map((call) => [Math.max(from, call.servedMs.from), Math.min(to, call.servedMs.to ?? to)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return to - from - covered;
}

/** The most requests whose arrival falls inside any one sliding window of `windowMs`. */
export function mostInWindow(calls: readonly RecordedRequest[], windowMs = 1000): number {
  const times = calls.map((call) => call.at).sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last += 1) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
