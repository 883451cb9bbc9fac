import { createServices, type AppServices, type ServiceOptions } from '../src/app';
import { startKommoSimulator, type KommoSimulator } from '../src/demo/kommo';
import { silentLogger } from '../src/logger';

/**
 * The setting the in-process benches share: a Kommo simulator with `latencyMs` per response and no
 * rate limit on either side, so what is measured is Ponte, not the budget.
 */
export async function unthrottledKommo(
  latencyMs: number,
  options: Partial<ServiceOptions> = {},
): Promise<{ sim: KommoSimulator; services: AppServices }> {
  const sim = await startKommoSimulator({ rateLimitRps: 100_000, latencyMs });
  const services = createServices({
    kommo: { baseUrl: sim.url, token: sim.token },
    kommoRateLimitRps: 100_000,
    upstreamTimeoutMs: 10_000,
    logger: silentLogger,
    ...options,
  });
  return { sim, services };
}
