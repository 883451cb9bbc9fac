import { startBareGateway } from '../../../bench/baseline/bare-gateway';
import { startFloorGateway } from '../../../bench/baseline/floor-gateway';
import type { ReferenceGateway } from '../../../bench/baseline/kommo-http';
import { startHarness, type Harness } from '../../helpers/harness';

/** The bench compares Ponte with these two: it is only fair while all answer the same with the same calls. */
const QUERIES = {
  timeline: `{ events(first: 100) { nodes { id type entity { ... on Lead { name } } createdBy { name }
    ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } } } } }`,
  board: `{ pipeline(id: "7000001") { name statuses { id name } }
    leads(filter: { pipelineIds: ["7000001"] }, first: 50) {
      nodes { id name price status { id } responsibleUser { name } company { name } contacts { name phones } } } }`,
};

const GATEWAYS = {
  'baseline (bare graphql-js + DataLoader)': startBareGateway,
  'floor (no GraphQL)': startFloorGateway,
};
const CASES = Object.entries(GATEWAYS).flatMap(([gateway, start]) =>
  Object.entries(QUERIES).map(([name, query]) => [gateway, name, start, query] as const),
);

describe('the bench reference gateways', () => {
  let harness: Harness;
  const started: ReferenceGateway[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await Promise.all(started.map((gateway) => gateway.close()));
    await harness.close();
  });

  it.each(CASES)(
    'the %s answers the %s exactly as Ponte does, with the same upstream calls',
    async (_gateway, _name, start, query) => {
      const reference = await start(harness.sim.url, harness.sim.token);
      started.push(reference);
      harness.sim.resetRequests();
      const ponte = await harness.query(query);
      const ponteCalls = harness.sim.requests.map((request) => request.path).sort();
      harness.sim.resetRequests();
      const response = await fetch(reference.url, { method: 'POST', body: JSON.stringify({ query }) });
      const baseline = (await response.json()) as { data: unknown };

      expect({ data: baseline.data, calls: harness.sim.requests.map((request) => request.path).sort() }).toEqual({
        data: ponte.data,
        calls: ponteCalls,
      });
      expect(ponte.errors).toBeUndefined();
    },
  );
});
