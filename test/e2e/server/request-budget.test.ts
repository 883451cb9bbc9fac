import { TimelineDocument } from '../../../examples/__generated__/operations';
import { maxInWindow } from '../../helpers/arrivals';
import { startHarness, type Harness } from '../../helpers/harness';

let harness: Harness;
afterEach(() => harness.close());

describe('the per-account request budget', () => {
  it('keeps concurrent timeline queries under a strict 7 rps simulator: no 429, no retry', async () => {
    harness = await startHarness({ rps: 7, sim: { rateLimitRps: 7 } });
    // Three different pages (identical concurrent reads would share their calls).
    const results = await Promise.all([100, 60, 30].map((first) => harness.query(TimelineDocument, { first })));
    for (const result of results) expect(result.errors).toBeUndefined();
    const { requests } = harness.sim;
    expect(requests.length).toBeGreaterThan(7);
    expect(requests.filter((request) => request.status !== 200)).toEqual([]);
    expect(
      maxInWindow(
        requests.map((request) => request.at),
        1000,
      ),
    ).toBeLessThanOrEqual(7);
  });
});
