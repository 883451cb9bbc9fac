import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { PIPELINE_IDS, STATUS_IDS, type KommoSimulator } from '../src/demo/kommo';
import { kommoWebhookDestination, registerKommoWebhook } from '../src/kommo/kommo.webhook-registration';
import { silentLogger } from '../src/logger';
import { buildPonteSchema } from '../src/schema/build-schema';
import { startGateway } from '../src/server';
import { TIMELINE } from './queries';
import { unthrottledKommo } from './unthrottled';

/**
 * `npm run bench`, live part (issue 12): the Kommo simulator (20 ms latency, budget lifted) sends
 * its real webhooks to a gateway with `RECORD_CACHE_SECONDS=60` and `REFERENCE_TTL_SECONDS=60`.
 * - A polling timeline (bench/queries.ts TIMELINE): Kommo calls and time per poll before any
 *   webhook arrived (the baseline: every poll reads fresh), while webhooks flow and nothing
 *   changes, and while webhooks flow and one lead of the timeline changes between polls (its
 *   webhook handled before the poll). Reference lists are cached in all three.
 * - Delivery: a lead's status changed in Kommo (a PATCH straight to the simulator, which answers,
 *   then POSTs its webhook to Ponte) until the `LeadStatusChangedEvent` reaches a graphql-ws
 *   subscriber, p50/p95; and the Kommo calls Ponte made per delivered event (the subscription
 *   also resolves the lead's name and the new stage's name).
 */
const POLLS = 60;
const DELIVERIES = 40;
const LATENCY_MS = 20;
const SECRET = 'bench-live-secret-0123456789';
const SUBSCRIPTION = `subscription {
  kommoEvents(filter: { types: [LEAD_STATUS_CHANGED] }) {
    id entityId
    entity { ... on Lead { name } }
    ... on LeadStatusChangedEvent { statusAfter { name } }
  }
}`;

interface Timing {
  callsPer: number;
  p50: number;
  p95: number;
}

async function main(): Promise<void> {
  const { sim, services } = await unthrottledKommo(LATENCY_MS, {
    referenceTtlSeconds: 60,
    recordCacheSeconds: 60,
  });
  // No poll tick during the run: every events call below is a webhook's or a poll's of the bench.
  const gateway = await startGateway(await buildPonteSchema(), services, {
    port: 0,
    webhooks: { kommoSecret: SECRET },
    live: { pollSeconds: 3600 },
  });
  const poll = async (): Promise<void> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TIMELINE }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors !== undefined) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
  };
  const leads = sim.store.leads.filter((lead) => lead['pipeline_id'] === PIPELINE_IDS.sales);
  const changeLead = leadChanger(
    sim,
    leads.map((lead) => Number(lead['id'])),
  );

  await poll(); // warms the reference lists, which are cached in every case
  const fresh = await timePolls(sim, poll, async () => {});
  await registerKommoWebhook(
    services.kommo,
    kommoWebhookDestination(gateway.url.replace(/\/graphql$/, ''), SECRET),
    silentLogger,
  );
  await changeLead(); // the first webhook: the feed is healthy from here on
  await poll(); // fills the shared records: the rows below are the steady state
  const quiet = await timePolls(sim, poll, async () => {});
  const changing = await timePolls(sim, poll, changeLead);
  const delivery = await timeDeliveries(sim, gateway.url, changeLead);

  const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}×`;
  const row = (name: string, t: Timing): string =>
    `${name.padEnd(48)} ${t.callsPer.toFixed(2).padStart(6)} ${ratio(t.callsPer, fresh.callsPer).padStart(7)}` +
    `   p50 ${t.p50.toFixed(1).padStart(6)}  p95 ${t.p95.toFixed(1).padStart(6)}  ${ratio(t.p50, fresh.p50).padStart(6)}`;
  process.stdout.write(
    [
      `live (issue 12): ${LATENCY_MS} ms upstream latency, RECORD_CACHE_SECONDS=60, REFERENCE_TTL_SECONDS=60`,
      `polling timeline, ${POLLS} polls each                  calls/poll  vs base   time per poll (ms)  p50 vs base`,
      row('without webhooks (baseline)', fresh),
      row('webhooks flowing, nothing changed', quiet),
      row('webhooks flowing, one lead changed per poll', changing),
      `delivery, ${DELIVERIES} status changes: Kommo write answered → event at a graphql-ws subscriber`,
      `  latency ms: p50 ${delivery.p50.toFixed(1)}  p95 ${delivery.p95.toFixed(1)} (includes the 50 ms burst window)`,
      `  Kommo calls per delivered event: ${delivery.callsPer.toFixed(2)} (events ${delivery.eventsPer.toFixed(2)}, records and lists ${(delivery.callsPer - delivery.eventsPer).toFixed(2)})`,
    ].join('\n') + '\n',
  );
  await gateway.stop();
  await services.close();
  await sim.close();
}

/**
 * Changes the next lead's status in Kommo and waits until Ponte fetched the events its webhook
 * names; resolves with the moment Kommo answered the write.
 */
function leadChanger(sim: KommoSimulator, ids: number[]): () => Promise<number> {
  let turn = 0;
  return async () => {
    const id = ids[turn % ids.length];
    turn += 1;
    const current = sim.store.leads.find((lead) => lead['id'] === id)?.['status_id'];
    // Always a move, so every change is a LeadStatusChangedEvent.
    const status =
      current === STATUS_IDS.salesNegotiation ? STATUS_IDS.salesQualification : STATUS_IDS.salesNegotiation;
    const before = sim.requests.filter((r) => r.path === '/api/v4/events').length;
    const response = await fetch(`${sim.url}/api/v4/leads`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ id, status_id: status }]),
    });
    if (!response.ok) throw new Error(`the simulator refused the write: ${response.status}`);
    await response.arrayBuffer();
    const answered = performance.now();
    await sim.webhooks.idle();
    while (sim.requests.filter((r) => r.path === '/api/v4/events').length === before) await pause(1);
    return answered;
  };
}

/** Polls POLLS times, `between` each (not counted); calls and time are the poll's own. */
async function timePolls(
  sim: KommoSimulator,
  poll: () => Promise<void>,
  between: () => Promise<unknown>,
): Promise<Timing> {
  const durations: number[] = [];
  let calls = 0;
  for (let i = 0; i < POLLS; i += 1) {
    await between();
    sim.resetRequests();
    const started = performance.now();
    await poll();
    durations.push(performance.now() - started);
    calls += sim.requests.length;
  }
  return { callsPer: calls / POLLS, ...percentiles(durations) };
}

async function timeDeliveries(
  sim: KommoSimulator,
  url: string,
  changeLead: () => Promise<number>,
): Promise<Timing & { eventsPer: number }> {
  const client: Client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  let received = 0;
  let arrived = (_at: number): void => {};
  const stop = client.subscribe(
    { query: SUBSCRIPTION },
    {
      next: (result) => {
        if (result.errors !== undefined) throw new Error(`subscription failed: ${JSON.stringify(result.errors)}`);
        received += 1;
        arrived(performance.now());
      },
      error: (error) => {
        throw new Error(`subscription ended: ${String(error)}`);
      },
      complete: () => {},
    },
  );
  await pause(200); // the subscription is open before the first change
  const durations: number[] = [];
  let calls = 0;
  let events = 0;
  for (let i = 0; i < DELIVERIES; i += 1) {
    const next = new Promise<number>((resolve) => (arrived = resolve));
    sim.resetRequests();
    const before = received;
    const [answered, at] = await Promise.all([changeLead(), next]);
    durations.push(at - answered);
    if (received !== before + 1) throw new Error(`expected one event, got ${received - before}`);
    const own = sim.requests.filter((r) => r.method === 'GET');
    calls += own.length;
    events += own.filter((r) => r.path === '/api/v4/events').length;
  }
  stop();
  await client.dispose();
  return { callsPer: calls / DELIVERIES, eventsPer: events / DELIVERIES, ...percentiles(durations) };
}

function percentiles(values: number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: at(50), p95: at(95) };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
