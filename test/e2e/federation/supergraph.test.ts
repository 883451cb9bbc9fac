import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { KommoRecord } from '../../../src/demo/kommo';
import { startHarness, type Harness } from '../../helpers/harness';
import { quietApolloLogger } from './quiet-logger';
import { composeWithReviews, type Composition } from './compose-ponte';
import { startReviewsSubgraph, type ReviewRow, type ReviewsSubgraph } from './reviews-subgraph';
import { statusName } from './seed-rows';

const REVIEWS_WITH_LEADS = `{
  reviews {
    body
    lead { id name status { name } }
  }
}`;

let harness: Harness;
let reviews: ReviewsSubgraph;
let supergraph: ApolloServer;
let composed: Composition;
let leads: KommoRecord[];
let rows: ReviewRow[];

beforeAll(async () => {
  harness = await startHarness();
  leads = harness.sim.store.leads.filter((lead) => lead['is_deleted'] !== true).slice(0, 3);
  expect(leads).toHaveLength(3);
  rows = [
    { id: 'r1', body: 'Fast answer', leadId: String(leads[0]?.['id']) },
    { id: 'r2', body: 'Good price', leadId: String(leads[1]?.['id']) },
    { id: 'r3', body: 'Came back', leadId: String(leads[0]?.['id']) },
    { id: 'r4', body: 'Slow delivery', leadId: String(leads[2]?.['id']) },
    { id: 'r5', body: 'Lost track', leadId: '999999999' },
  ];
  reviews = await startReviewsSubgraph(rows);
  const service = await harness.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
  composed = composeWithReviews({ url: harness.gateway.url, sdl: service.data?._service.sdl ?? '' }, reviews.url);
  if (composed.errors !== undefined) return;
  supergraph = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl, logger: quietApolloLogger }),
    logger: quietApolloLogger,
  });
  await supergraph.start();
});

afterAll(async () => {
  await supergraph?.stop();
  await reviews?.stop();
  await harness?.close();
});

async function run(query: string): Promise<unknown> {
  harness.sim.resetRequests();
  const response = await supergraph.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

function idsRequested(path: string): string[] {
  return harness.sim.requests
    .filter((request) => request.path === path)
    .flatMap((request) => request.query.getAll('filter[id][]'));
}

describe('Ponte in a supergraph', () => {
  it('composes with a subgraph that references Lead and declares its own shareable PageInfo and Tag', () => {
    expect(composed.errors).toBeUndefined();
    const supergraphSdl = composed.supergraphSdl ?? '';
    expect(supergraphSdl).toContain('type PageInfo\n  @join__type(graph: PONTE)\n  @join__type(graph: REVIEWS)\n');
    expect(supergraphSdl).toContain('type Tag\n  @join__type(graph: PONTE)\n  @join__type(graph: REVIEWS)\n');
  });

  it("serves the other subgraph's PageInfo without calling Kommo", async () => {
    expect(await run('{ reviewPage { nodes { id } pageInfo { hasNextPage endCursor } } }')).toEqual({
      data: {
        reviewPage: { nodes: rows.map((row) => ({ id: row.id })), pageInfo: { hasNextPage: false, endCursor: null } },
      },
    });
    expect(harness.sim.requests).toEqual([]);
  });

  it('resolves the leads of every review with one batched Kommo call', async () => {
    const leadById = new Map(leads.map((lead) => [String(lead['id']), lead]));
    expect(await run(REVIEWS_WITH_LEADS)).toEqual({
      data: {
        reviews: rows.map((row) => {
          const lead = leadById.get(row.leadId);
          return {
            body: row.body,
            lead:
              lead === undefined
                ? null
                : { id: row.leadId, name: lead['name'], status: { name: statusName(harness.sim.store, lead) } },
          };
        }),
      },
      // Ponte answers null for the unknown lead; the gateway then nulls `lead` and says why here.
      extensions: {
        valueCompletion: [expect.objectContaining({ message: 'Cannot return null for non-nullable field Lead.name.' })],
      },
    });
    expect(harness.calls('/api/v4/leads')).toBe(1);
    expect(idsRequested('/api/v4/leads').sort()).toEqual(
      [...leads.map((lead) => String(lead['id'])), '999999999'].sort(),
    );
    expect(harness.calls('/api/v4/leads/pipelines')).toBe(1);
    expect(harness.sim.requests).toHaveLength(2);
  });
});
