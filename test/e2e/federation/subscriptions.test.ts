import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';
import {
  QueryPlanner,
  type FetchNode,
  type FlattenNode,
  type QueryPlan,
  type SequenceNode,
  type SubscriptionNode,
} from '@apollo/query-planner';
import { ApolloServer } from '@apollo/server';
import { parse, type GraphQLSchema } from 'graphql';
import type { Client } from 'graphql-ws';
import { PIPELINE_IDS, STATUS_IDS } from '../../../src/demo/kommo';
import { startEdgeHarness, type EdgeHarness } from '../edge/edge-harness';
import { subscribe, until } from '../live/live-client';
import { type Issuer, startIssuer } from '../edge/issuer';
import { composeWithReviews, type Composition } from './compose-ponte';
import { quietApolloLogger } from './quiet-logger';
import { routerClient } from './router-client';
import { startReviewsSubgraph, type ReviewRow, type ReviewsSubgraph } from './reviews-subgraph';

const KEY = 'router-read-key-0123456789abcdef';
const SECRET = 'kommo-hook-secret-0123456789';

/** What a client sends the router: Ponte's event fields, and `Lead.reviews` from the other subgraph. */
const LEAD_MOVES = `subscription LeadMoves($lead: ID!) {
  kommoEvents(filter: { types: [LEAD_STATUS_CHANGED], entityTypes: [LEAD], entityIds: [$lead] }) {
    __typename
    id
    ... on LeadStatusChangedEvent { statusAfter { name } }
    entity { ... on Lead { name reviews { body } } }
  }
}`;

let issuer: Issuer;
let h: EdgeHarness;
let reviews: ReviewsSubgraph;
let composed: Composition;
let supergraph: Supergraph;
let client: Client;
let leadId: string;

beforeAll(async () => {
  issuer = await startIssuer();
  h = await startEdgeHarness(
    { API_KEYS: `router:read:${KEY}`, ALLOW_ANONYMOUS: 'false', ...issuer.env },
    { webhooks: { kommoSecret: SECRET }, live: { burstMs: 5 } },
  );
  const lead = h.sim.store.leads.find(
    (row) => row['pipeline_id'] === PIPELINE_IDS.sales && row['status_id'] !== STATUS_IDS.salesProposal,
  );
  leadId = String(lead?.['id']);
  const rows: ReviewRow[] = [{ id: 'r1', body: 'Fast answer', leadId }];
  reviews = await startReviewsSubgraph(rows);
  const service = await h.send({ headers: { 'x-api-key': KEY }, body: { query: '{ _service { sdl } }' } });
  const sdl = (service.body.data as { _service: { sdl: string } })._service.sdl;
  composed = composeWithReviews({ url: h.gateway.url, sdl }, reviews.url);
  if (composed.errors === undefined) supergraph = Supergraph.build(composed.supergraphSdl);
  h.sim.webhooks.registry.subscribe({
    destination: new URL(`/webhooks/kommo/${SECRET}`, h.gateway.url).toString(),
    settings: ['status_lead'],
  });
  // With `x-api-key` propagated to Ponte, the router sends it on the upgrade and no payload.
  client = routerClient(h.gateway.url, { 'x-api-key': KEY });
});

afterAll(async () => {
  await client?.dispose();
  await reviews?.stop();
  await h?.close();
  await issuer?.close();
});

function plan(query: string): QueryPlan {
  const planner = new QueryPlanner(supergraph);
  return planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
}

/** Moves the lead through the simulator's REST API: Kommo logs the event and posts its webhook to Ponte. */
async function moveLead(statusId: number): Promise<void> {
  const answer = await fetch(new URL('/api/v4/leads', h.sim.url), {
    method: 'PATCH',
    headers: { authorization: `Bearer ${h.sim.token}`, 'content-type': 'application/json' },
    body: JSON.stringify([{ id: Number(leadId), status_id: statusId }]),
  });
  expect(answer.status).toBe(200);
}

interface LeadMove {
  kommoEvents: {
    __typename: string;
    id: string;
    statusAfter: { name: string };
    entity: { __typename: string; id: string; name: string };
  };
}

/** The fetch the router runs for each event: the reviews subgraph's `_entities`, over HTTP. */
async function fetchEntities(entities: FetchNode, representations: unknown[]): Promise<unknown> {
  const answer = await fetch(reviews.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: entities.operation,
      operationName: entities.operationName,
      variables: { representations },
    }),
  });
  return answer.json();
}

describe('Ponte subscriptions behind a router', () => {
  it('composes: the supergraph has kommoEvents(filter) and dealEvents(dealId), both served by Ponte', () => {
    expect(composed.errors).toBeUndefined();
    expect(composed.supergraphSdl).toContain('type Subscription\n  @join__type(graph: PONTE)\n{');
    const api: GraphQLSchema = supergraph.apiSchema().toGraphQLJSSchema();
    const fields = api.getSubscriptionType()?.getFields() ?? {};
    const signature = Object.values(fields).map((field) => ({
      name: field.name,
      args: field.args.map((arg) => `${arg.name}: ${String(arg.type)}`),
      type: String(field.type),
    }));
    expect(signature).toEqual([
      { name: 'dealEvents', args: ['dealId: ID!'], type: 'DealEvent!' },
      { name: 'kommoEvents', args: ['filter: EventFilter'], type: 'KommoEvent!' },
    ]);
  });

  it("plans one Ponte subscription carrying Lead's keys, then per event an _entities fetch from reviews", () => {
    expect(plan(LEAD_MOVES).node).toEqual({
      kind: 'Subscription',
      primary: expect.objectContaining({
        kind: 'Fetch',
        serviceName: 'ponte',
        operationKind: 'subscription',
        variableUsages: ['lead'],
        operation:
          'subscription LeadMoves__ponte__0($lead:ID!){kommoEvents(filter:{entityIds:[$lead]entityTypes:[LEAD]types:[LEAD_STATUS_CHANGED]}){__typename id ...on LeadStatusChangedEvent{statusAfter{name}}entity{__typename ...on Lead{__typename id name}}}}',
      }),
      rest: {
        kind: 'Sequence',
        nodes: [
          {
            kind: 'Flatten',
            path: ['kommoEvents', 'entity'],
            node: expect.objectContaining({
              kind: 'Fetch',
              serviceName: 'reviews',
              operationKind: 'query',
              requires: [
                {
                  kind: 'InlineFragment',
                  typeCondition: 'Lead',
                  selections: [
                    { kind: 'Field', name: '__typename' },
                    { kind: 'Field', name: 'id' },
                  ],
                },
              ],
              operation:
                'query LeadMoves__reviews__1($representations:[_Any!]!){_entities(representations:$representations){...on Lead{reviews{body}}}}',
            }),
          },
        ],
      },
    });
  });

  it("serves the plan's primary fetch over graphql-ws: a Kommo webhook delivers the event with the Lead keys", async () => {
    const node = plan(LEAD_MOVES).node as SubscriptionNode;
    const { primary } = node;
    const entities = ((node.rest as SequenceNode).nodes[0] as FlattenNode).node as FetchNode;
    const live = subscribe<LeadMove>(client, primary.operation, { lead: leadId });
    await until(() => h.gateway.subscribers() === 1, 'the subscription');
    h.sim.resetRequests();

    await moveLead(STATUS_IDS.salesProposal);
    const [event] = await live.received(1);
    await h.sim.webhooks.idle();

    const logged = h.sim.store.events.find((row) => row['id'] === event?.data?.kommoEvents.id);
    expect(logged).toMatchObject({ type: 'lead_status_changed', entity_id: Number(leadId) });
    const lead = h.sim.store.leads.find((row) => String(row['id']) === leadId);
    expect(event).toEqual({
      data: {
        kommoEvents: {
          __typename: 'LeadStatusChangedEvent',
          id: logged?.['id'],
          statusAfter: { name: 'Proposal sent' },
          entity: { __typename: 'Lead', id: leadId, name: lead?.['name'] },
        },
      },
    });
    // One events call for the burst; the event's own fields cost what they cost in a query:
    // `statusAfter { name }` the pipelines (reference data), `entity` one batched leads call.
    expect(h.sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'PATCH /api/v4/leads',
      'GET /api/v4/events',
      'GET /api/v4/leads/pipelines',
      'GET /api/v4/leads',
    ]);

    // The router's part, per event: the keys Ponte sent are the representations reviews needs.
    const { __typename, id } = event?.data?.kommoEvents.entity ?? {};
    expect(await fetchEntities(entities, [{ __typename, id }])).toEqual({
      data: { _entities: [{ reviews: [{ body: 'Fast answer' }] }] },
    });
    live.stop();
    await until(() => h.gateway.subscribers() === 0, 'the subscription to end');
  });

  it("two routers' subscriptions (not deduplicated) share Ponte's events call and its leads call", async () => {
    const { primary } = plan(LEAD_MOVES).node as SubscriptionNode;
    const routers = [
      routerClient(h.gateway.url, { 'x-api-key': KEY }),
      routerClient(h.gateway.url, { 'x-api-key': KEY }),
    ];
    try {
      const [first, second] = routers.map((router) => subscribe<LeadMove>(router, primary.operation, { lead: leadId }));
      await until(() => h.gateway.subscribers() === 2, 'two subscriptions');
      h.sim.resetRequests();

      await moveLead(STATUS_IDS.salesNegotiation);
      const [one, two] = await Promise.all([first?.received(1), second?.received(1)]);
      await h.sim.webhooks.idle();

      expect(one).toHaveLength(1);
      expect(two).toEqual(one);
      const gets = (path: string) => h.sim.requests.filter((r) => r.method === 'GET' && r.path === path).length;
      // The burst's events call serves both; so does one leads call (identical concurrent GETs are shared).
      expect([gets('/api/v4/events'), gets('/api/v4/leads')]).toEqual([1, 1]);
    } finally {
      for (const router of routers) await router.dispose();
    }
    await until(() => h.gateway.subscribers() === 0, 'the subscriptions to end with their connections');
  });

  it('accepts a JWT as the router sends it by default: the Authorization header, and {connectionParams: {token}}', async () => {
    const authorization = `Bearer ${await issuer.sign()}`;
    const jwtClient = routerClient(h.gateway.url, { authorization }, { token: authorization });
    try {
      subscribe(jwtClient, 'subscription { kommoEvents { id } }');
      await until(() => h.gateway.subscribers() === 1, 'the subscription');
    } finally {
      await jwtClient.dispose();
    }
    await until(() => h.gateway.subscribers() === 0, 'the subscription to end with its connection');
  });

  it('closes a connection whose upgrade carries an unknown key with 4401, calling nothing', async () => {
    const stranger = routerClient(h.gateway.url, { 'x-api-key': 'not-a-key-0123456789' });
    h.sim.resetRequests();
    try {
      expect(await subscribe(stranger, 'subscription { kommoEvents { id } }').ended).toMatchObject({
        code: 4401,
        reason: 'The API key is not valid',
      });
    } finally {
      await stranger.dispose();
    }
    expect(h.upstreamCalls()).toBe(0);
    expect(h.logger.text()).not.toContain('not-a-key-0123456789');
  });

  it('@apollo/gateway plans the subscription but refuses to run it, calling nothing', async () => {
    const gateway = new ApolloServer({
      gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl ?? '', logger: quietApolloLogger }),
      logger: quietApolloLogger,
    });
    await gateway.start();
    try {
      h.sim.resetRequests();
      const response = await gateway.executeOperation({ query: LEAD_MOVES, variables: { lead: leadId } });
      expect(response.body).toEqual({
        kind: 'single',
        singleResult: {
          errors: [
            {
              message: 'Execution of subscriptions not supported by gateway',
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        },
      });
      expect(h.upstreamCalls()).toBe(0);
    } finally {
      await gateway.stop();
    }
  });
});
