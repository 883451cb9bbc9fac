import { TimelineDocument } from '../../../examples/__generated__/operations';
import { startHarness, type Harness } from '../../helpers/harness';

let harness: Harness;
afterEach(() => harness.close());

/** The largest number of recorded requests whose arrival times fit in one window. */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('the per-account request budget', () => {
  it('keeps concurrent timeline queries under a strict 7 rps simulator: no 429, no retry', async () => {
    harness = await startHarness({ rps: 7, sim: { rateLimitRps: 7 } });
    const results = await Promise.all([1, 2, 3].map(() => harness.query(TimelineDocument, { first: 100 })));
    for (const result of results) expect(result.errors).toBeUndefined();
    // Three queries, each with its own loaders: 3 × (events, users, pipelines, 4 entity types).
    expect(harness.sim.requests).toHaveLength(21);
    expect(
      maxInWindow(
        harness.sim.requests.map((request) => request.at),
        1000,
      ),
    ).toBeLessThanOrEqual(7);
  });
});
