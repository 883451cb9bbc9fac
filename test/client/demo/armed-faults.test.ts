import { startKommoSimulator } from '../../../src/demo/kommo';
import { startWoofedSimulator } from '../../../src/demo/woofed';
import { closeSimulators } from '../../helpers/armed-faults';
import { startHarness } from '../../helpers/harness';
import { get } from './kommo-helpers';

describe('a fault a test arms but no request consumes fails the test', () => {
  it('closeSimulators closes both simulators, then names every fault left on each', async () => {
    const kommo = await startKommoSimulator();
    const woofed = await startWoofedSimulator();
    kommo.injectFault({ method: 'GET', pathPrefix: '/api/v4/leads', status: 503, times: 2 });
    woofed.injectFault({ status: 500, delayMs: 10 });
    await expect(closeSimulators({ Kommo: kommo, WoofedCRM: woofed })).rejects.toThrow(
      'armed fault never consumed by a request:\n' +
        '  Kommo simulator: GET /api/v4/leads… → 503 (2 of 2 left)\n' +
        '  WoofedCRM simulator: any method /… → 500 after 10 ms (1 of 1 left)',
    );
  });

  it('a fault consumed fewer times than armed is still left', async () => {
    const kommo = await startKommoSimulator();
    kommo.injectFault({ pathPrefix: '/api/v4/account', status: 503, times: 2 });
    expect((await get(kommo, '/api/v4/account')).status).toBe(503);
    await expect(closeSimulators({ Kommo: kommo })).rejects.toThrow(
      'Kommo simulator: any method /api/v4/account… → 503 (1 of 2 left)',
    );
  });

  it('passes when every armed fault answered a request', async () => {
    const kommo = await startKommoSimulator();
    kommo.injectFault({ pathPrefix: '/api/v4/account', status: 503, times: 2 });
    expect([(await get(kommo, '/api/v4/account')).status, (await get(kommo, '/api/v4/account')).status]).toEqual([
      503, 503,
    ]);
    await expect(closeSimulators({ Kommo: kommo })).resolves.toBeUndefined();
  });

  it("the harness's close fails on a fault left on either simulator", async () => {
    const h = await startHarness();
    h.woofed.injectFault({ method: 'POST', pathPrefix: '/api/v1/accounts/1/deals', status: 422 });
    await expect(h.close()).rejects.toThrow('WoofedCRM simulator: POST /api/v1/accounts/1/deals… → 422 (1 of 1 left)');
  });
});
