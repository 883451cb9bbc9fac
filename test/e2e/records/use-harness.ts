import type { KommoStore } from '../../../src/demo/kommo/store';
import { startHarness, type Harness } from '../../helpers/harness';

/**
 * One harness per test file (simulators and gateway on port 0), its request log cleared before
 * every test. Call at the top level of a test file.
 */
export function useHarness() {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());
  beforeEach(() => harness?.sim.resetRequests());
  const running = (): Harness => {
    if (harness === undefined) throw new Error('the harness is not started yet');
    return harness;
  };
  return {
    get h(): Harness {
      return running();
    },
    store: (): KommoStore => running().sim.store,
    /** The paths the simulator received in this test, sorted. */
    paths: (): string[] =>
      running()
        .sim.requests.map((request) => request.path)
        .sort(),
  };
}
