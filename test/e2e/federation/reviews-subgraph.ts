import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { quietApolloLogger } from './quiet-logger';

/**
 * A second subgraph that references Ponte's `Lead`, adds `Lead.reviews` to it, and declares its
 * own `PageInfo` and `Tag`, as generic value types: shareable, like Ponte's.
 */
export const REVIEWS_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

  type Query {
    reviews: [Review!]!
    reviewPage: ReviewConnection!
  }

  type ReviewConnection {
    nodes: [Review!]!
    pageInfo: PageInfo!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }

  type Tag @shareable {
    id: ID!
    name: String!
    color: String
  }

  type Review {
    id: ID!
    body: String!
    lead: Lead
    tags: [Tag!]!
  }

  type Lead @key(fields: "id") {
    id: ID!
    reviews: [Review!]!
  }
`);

export interface ReviewRow {
  id: string;
  body: string;
  leadId: string;
}

export interface ReviewsSubgraph {
  url: string;
  stop(): Promise<void>;
}

/** Serves `rows` over real HTTP on an ephemeral port. */
export async function startReviewsSubgraph(rows: readonly ReviewRow[]): Promise<ReviewsSubgraph> {
  const schema = buildSubgraphSchema({
    typeDefs: REVIEWS_SDL,
    resolvers: {
      Query: {
        reviews: () => rows,
        reviewPage: () => ({ nodes: rows, pageInfo: { hasNextPage: false, endCursor: null } }),
      },
      Review: { lead: (review: ReviewRow) => ({ id: review.leadId }), tags: () => [] },
      Lead: { reviews: (lead: { id: string }) => rows.filter((review) => review.leadId === lead.id) },
    },
  });
  const server = new ApolloServer({ schema, logger: quietApolloLogger });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
