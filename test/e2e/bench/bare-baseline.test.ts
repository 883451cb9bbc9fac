import { startBareGateway, type BareGateway } from '../../../bench/baseline/bare-gateway';
import { startHarness, type Harness } from '../../helpers/harness';

/** The bench compares Ponte with this baseline: it is only fair while both answer the same with the same calls. */
const QUERIES = {
  timeline: `{ events(first: 100) { nodes { id type entity { ... on Lead { name } } createdBy { name }
    ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } } } } }`,
  board: `{ pipeline(id: "7000001") { name statuses { id name } }
    leads(filter: { pipelineIds: ["7000001"] }, first: 50) {
      nodes { id name price status { id } responsibleUser { name } company { name } contacts { name phones } } } }`,
};

describe('the bench baseline (bare graphql-js + DataLoader)', () => {
  let harness: Harness;
  let bare: BareGateway;
  beforeAll(async () => {
    harness = await startHarness();
    bare = await startBareGateway(harness.sim.url, harness.sim.token);
  });
  afterAll(async () => {
    await bare.close();
    await harness.close();
  });

  it.each(Object.entries(QUERIES))(
    'answers the %s exactly as Ponte does, with the same upstream calls',
    async (_name, query) => {
      harness.sim.resetRequests();
      const ponte = await harness.query(query);
      const ponteCalls = harness.sim.requests.map((request) => request.path).sort();
      harness.sim.resetRequests();
      const response = await fetch(bare.url, { method: 'POST', body: JSON.stringify({ query }) });
      const baseline = (await response.json()) as { data: unknown };

      expect({ data: baseline.data, calls: harness.sim.requests.map((request) => request.path).sort() }).toEqual({
        data: ponte.data,
        calls: ponteCalls,
      });
      expect(ponte.errors).toBeUndefined();
    },
  );
});
