import { createServices, KOMMO_WINDOW_MS } from './app';
import type { Config } from './config';
import { pointWoofedSimulator, webhookSecrets } from './demo/demo-webhooks';
import { startDemoUpstreams, type DemoUpstreams } from './demo/start-demo';
import { kommoWebhookDestination, registerKommoWebhook } from './kommo/kommo.webhook-registration';
import type { Logger } from './logger';
import { createObservability } from './observability';
import { Readiness } from './readiness';
import { buildPonteSchema } from './schema/build-schema';
import { startGateway, type RunningGateway } from './server';
import type { SharedStores } from './stores/redis';

export interface Booted {
  gateway: RunningGateway;
  demo: DemoUpstreams | undefined;
  stop(): Promise<void>;
}

/**
 * Starts Ponte for a parsed config: observability first (a malformed `OTEL_*` stops the boot),
 * the simulators in demo mode, then the gateway. `/ready` answers 503 `starting` until the last
 * step of the boot is done.
 */
export async function boot(config: Config, logger: Logger): Promise<Booted> {
  const observability = await createObservability(config, logger);
  const readiness = new Readiness();
  readiness.set('boot', 'starting');
  let demo: DemoUpstreams | undefined;
  if (config.demo) {
    demo = await startDemoUpstreams();
    logger.warn(
      'DEMO MODE: KOMMO_BASE_URL and WOOFED_BASE_URL are unset, so Ponte serves embedded Kommo and WoofedCRM simulators with seeded data. No real CRM is contacted.',
      { kommoSimulator: demo.kommo.url, woofedSimulator: demo.woofed.url },
    );
  }
  const kommo = demo === undefined ? config.kommo : { baseUrl: demo.kommo.url, token: demo.kommo.token };
  if (kommo === undefined) throw new Error('KOMMO_BASE_URL is required outside demo mode');
  const woofed =
    demo === undefined
      ? config.woofed
      : { baseUrl: demo.woofed.url, token: demo.woofed.token, accountId: demo.woofed.accountId };
  if (woofed === undefined) throw new Error('WOOFED_BASE_URL is required outside demo mode');
  // With REDIS_URL the budget, the idempotency keys and the reference cache are shared (CONTRACT §7).
  // The Redis client is loaded only then (about 7 MiB resident).
  const shared: SharedStores | undefined =
    config.redisUrl === undefined
      ? undefined
      : await (
          await import('./stores/redis')
        ).openRedisStores({
          url: config.redisUrl,
          readiness,
          logger,
          windowMs: KOMMO_WINDOW_MS,
          inflightLeaseMs: config.upstreamTimeoutMs + KOMMO_WINDOW_MS,
        });
  const services = createServices({
    kommo,
    woofed,
    kommoRateLimitRps: config.kommoRateLimitRps,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    logger,
    observer: observability.observer,
    events: observability.events,
    readiness,
    referenceTtlSeconds: config.referenceTtlSeconds,
    recordCacheSeconds: config.recordCacheSeconds,
    ...(shared === undefined
      ? {}
      : {
          budgets: shared.budgets,
          idempotencyStore: shared.idempotencyStore,
          referenceCache: shared.referenceCache,
          recordCache: shared.recordCache,
        }),
  });
  observability.metrics?.watchBudget('kommo', services.kommoBudget);
  const secrets = webhookSecrets(config.live, config.demo);
  const gateway = await startGateway(await buildPonteSchema(), services, {
    port: config.port,
    host: config.host,
    edge: config.edge,
    observability,
    shutdownGraceMs: config.shutdownGraceMs,
    webhooks: { kommoSecret: secrets.kommo, woofedSecret: secrets.woofed },
    live: { pollSeconds: config.live.eventsPollSeconds, ...(shared === undefined ? {} : { bus: shared.liveBus }) },
  });
  logger.info(
    `Ponte is serving GraphQL at http://localhost:${gateway.port}/graphql${config.demo ? ' (demo mode)' : ''}`,
    {
      kommo: config.demo ? 'simulator' : new URL(kommo.baseUrl).host,
      rateLimitRps: config.kommoRateLimitRps,
      sharedState: shared === undefined ? 'in process (one replica)' : 'Redis',
    },
  );
  // Webhooks in (CONTRACT §9): Kommo's hook registered at PUBLIC_URL (in demo mode, the gateway's
  // own loopback URL, with the simulator), the WoofedCRM simulator pointed at its receiver.
  const loopback = `http://127.0.0.1:${gateway.port}`;
  const publicUrl = config.live.publicUrl ?? (config.demo ? loopback : undefined);
  if (publicUrl !== undefined && secrets.kommo !== undefined) {
    await registerKommoWebhook(services.kommo, kommoWebhookDestination(publicUrl, secrets.kommo), logger);
  }
  if (demo !== undefined && secrets.woofed !== undefined) pointWoofedSimulator(demo, loopback, secrets.woofed);
  readiness.set('boot', undefined);
  return {
    gateway,
    demo,
    async stop() {
      await gateway.stop();
      await services.close();
      await shared?.close();
      await observability.shutdown();
      await demo?.close();
    },
  };
}
