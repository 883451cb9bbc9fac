import { print } from 'graphql';
import { TimelineDocument } from '../../../examples/__generated__/operations';
import { boot } from '../../../src/boot';
import { loadConfig } from '../../../src/config';
import { startKommoSimulator } from '../../../src/demo/kommo';
import { startWoofedSimulator } from '../../../src/demo/woofed';
import { closeSimulators } from '../../helpers/armed-faults';
import { recordingLogger } from '../../helpers/recording-logger';
import { parsePrometheus } from '../../helpers/prometheus-text';

/**
 * Ponte booted as `npm start` boots it (configuration, observability, services, gateway), in front
 * of both simulators on ephemeral ports; `env` adds variables such as `OTEL_*` or `LOG_LEVEL`.
 */
export async function bootAgainstSimulators(env: Record<string, string> = {}) {
  const sim = await startKommoSimulator({ rateLimitRps: 1000 });
  const woofed = await startWoofedSimulator();
  const logger = recordingLogger();
  const running = await boot(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      KOMMO_BASE_URL: sim.url,
      KOMMO_TOKEN: sim.token,
      KOMMO_RATE_LIMIT_RPS: '1000',
      WOOFED_BASE_URL: woofed.url,
      WOOFED_TOKEN: woofed.token,
      ALLOW_ANONYMOUS: 'true',
      ...env,
    }),
    logger,
  );
  const base = running.gateway.url.replace(/\/graphql$/, '');
  return {
    sim,
    woofed,
    logger,
    base,
    /** POSTs `query` to /graphql with `headers`; the parsed body and the response headers. */
    async post(query: string, headers: Record<string, string> = {}) {
      const response = await fetch(running.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async metrics() {
      const response = await fetch(`${base}/metrics`);
      const text = await response.text();
      return { contentType: response.headers.get('content-type'), text, samples: parsePrometheus(text) };
    },
    /** Every log entry with `message`. */
    lines(message: string) {
      return logger.entries.filter((entry) => entry.message === message);
    },
    /** Stops the gateway (flushing spans), then the simulators. */
    async close(): Promise<void> {
      await running.stop();
      await closeSimulators({ Kommo: sim, WoofedCRM: woofed });
    },
  };
}

export type Booted = Awaited<ReturnType<typeof bootAgainstSimulators>>;

/** The example timeline (`examples/timeline.graphql`), its 100 events with their references. */
export const TIMELINE = print(TimelineDocument);
