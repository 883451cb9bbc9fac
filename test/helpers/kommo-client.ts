import { startKommoSimulator, type KommoSimulator } from '../../src/demo/kommo';
import { KommoClient } from '../../src/kommo/kommo.client';
import { Transport } from '../../src/upstream/transport';
import { closeSimulators } from './armed-faults';

/** A fresh Kommo simulator and a client over real HTTP for every test of the file (port 0). */
export function useKommoClient() {
  let current: { sim: KommoSimulator; transport: Transport; client: KommoClient } | undefined;
  beforeEach(async () => {
    const sim = await startKommoSimulator({ rateLimitRps: 1000 });
    const transport = new Transport({ upstream: 'kommo', baseUrl: sim.url, token: sim.token, timeoutMs: 2000 });
    current = { sim, transport, client: new KommoClient(transport) };
  });
  afterEach(async () => {
    const sim = current?.sim;
    await current?.transport.close();
    current = undefined;
    if (sim !== undefined) await closeSimulators({ Kommo: sim });
  });
  const started = () => {
    if (current === undefined) throw new Error('the simulator is not started yet');
    return current;
  };
  return {
    get sim(): KommoSimulator {
      return started().sim;
    },
    get client(): KommoClient {
      return started().client;
    },
  };
}
