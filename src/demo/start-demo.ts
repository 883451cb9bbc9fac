import { startKommoSimulator, type KommoSimulator } from './kommo';
import { startWoofedSimulator, type WoofedSimulator } from './woofed';

export interface DemoUpstreams {
  kommo: KommoSimulator;
  woofed: WoofedSimulator;
  close(): Promise<void>;
}

/** Starts both simulators on ephemeral loopback ports, with their default seeded data. */
export async function startDemoUpstreams(): Promise<DemoUpstreams> {
  const kommo = await startKommoSimulator();
  const woofed = await startWoofedSimulator();
  return {
    kommo,
    woofed,
    close: async () => {
      await Promise.all([kommo.close(), woofed.close()]);
    },
  };
}
