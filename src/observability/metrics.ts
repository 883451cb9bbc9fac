import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GatewayEvents } from '../gateway-events';
import type { UpstreamName } from '../upstream/errors';
import type { AttemptObservation, UpstreamObserver } from '../upstream/observer';
import { attemptStatus, BoundedValues } from './labels';

/** How a GraphQL request ended: no errors, data with errors, or errors only (refusals included). */
export type Outcome = 'success' | 'partial' | 'error';

export interface OperationSample {
  /** The operation's name, `anonymous`, or `none` when no operation was resolved. */
  operation: string;
  outcome: Outcome;
  durationMs: number;
}

export interface GatewayMetricsOptions {
  /** prom-client's process and Node.js series (CPU, memory, event loop lag, GC). @default true */
  processMetrics?: boolean;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const NO_HEADERS: Readonly<Record<string, string>> = {};

/**
 * The Prometheus series of CONTRACT §8 in one registry per gateway (never prom-client's global
 * one, so two gateways in one process, such as tests, never share counts). It is the upstream
 * observer that counts attempts and the `GatewayEvents` the stores report to.
 */
export class GatewayMetrics implements GatewayEvents, UpstreamObserver {
  readonly registry = new Registry();
  private readonly operations = new BoundedValues(200);
  private readonly routes = new BoundedValues(200);
  private readonly queues = new Map<UpstreamName, () => number>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly requestSeconds: Histogram<'operation'>;
  private readonly upstreamRequests: Counter<'upstream' | 'route' | 'status'>;
  private readonly upstreamSeconds: Histogram<'upstream' | 'route'>;
  private readonly budgetWaitSeconds: Histogram<'upstream'>;
  private readonly cacheHits: Counter<'cache'>;
  private readonly cacheMisses: Counter<'cache'>;
  private readonly replays: Counter;

  constructor(options: GatewayMetricsOptions = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'ponte_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (success, partial, error)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'ponte_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to its last byte sent',
      labelNames: ['operation'],
      buckets: SECONDS,
      registers,
    });
    this.upstreamRequests = new Counter({
      name: 'ponte_upstream_requests_total',
      help: 'HTTP attempts sent upstream (retries included) by upstream, route template and status',
      labelNames: ['upstream', 'route', 'status'],
      registers,
    });
    this.upstreamSeconds = new Histogram({
      name: 'ponte_upstream_request_duration_seconds',
      help: 'Duration of one upstream attempt, from sending to the end of the body',
      labelNames: ['upstream', 'route'],
      buckets: SECONDS,
      registers,
    });
    this.budgetWaitSeconds = new Histogram({
      name: 'ponte_budget_wait_seconds',
      help: "Time an upstream attempt waited for the account's request budget before it was sent",
      labelNames: ['upstream'],
      buckets: [0, ...SECONDS],
      registers,
    });
    const queues = this.queues;
    new Gauge({
      name: 'ponte_budget_queue_length',
      help: "Upstream calls waiting for the account's request budget right now",
      labelNames: ['upstream'],
      registers,
      collect() {
        for (const [upstream, length] of queues) this.set({ upstream }, length());
      },
    });
    this.cacheHits = new Counter({
      name: 'ponte_cache_hits_total',
      help: 'Reference data served from the shared cache, by cache',
      labelNames: ['cache'],
      registers,
    });
    this.cacheMisses = new Counter({
      name: 'ponte_cache_misses_total',
      help: 'Reference data that had to be fetched upstream, by cache',
      labelNames: ['cache'],
      registers,
    });
    this.replays = new Counter({
      name: 'ponte_idempotent_replays_total',
      help: 'Keyed writes answered from the idempotency store instead of being sent again',
      registers,
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Reports `queueLength()` as `ponte_budget_queue_length{upstream}` at every scrape. */
  watchBudget(upstream: UpstreamName, budget: { queueLength(): number }): void {
    this.queues.set(upstream, () => budget.queueLength());
  }

  operation(sample: OperationSample): void {
    const operation = this.operations.of(sample.operation);
    this.requests.inc({ operation, outcome: sample.outcome });
    this.requestSeconds.observe({ operation }, sample.durationMs / 1000);
  }

  attempt(info: Parameters<UpstreamObserver['attempt']>[0]): AttemptObservation {
    const labels = { upstream: info.upstream, route: this.routes.of(info.route) };
    this.budgetWaitSeconds.observe({ upstream: info.upstream }, info.budgetWaitMs / 1000);
    return {
      headers: NO_HEADERS,
      end: (outcome) => {
        this.upstreamRequests.inc({ ...labels, status: attemptStatus(outcome) });
        this.upstreamSeconds.observe(labels, outcome.durationMs / 1000);
      },
    };
  }

  cacheHit(cache: string): void {
    this.cacheHits.inc({ cache });
  }

  cacheMiss(cache: string): void {
    this.cacheMisses.inc({ cache });
  }

  idempotentReplay(): void {
    this.replays.inc();
  }

  /** The Prometheus text exposition and its content type, for `GET /metrics`. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
