import DataLoader from 'dataloader';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { ENTITY_PATHS, kommoGet, recordsPath, serveGraphQL, type ReferenceGateway, type Row } from './kommo-http';

/**
 * The bench's baseline: the bare minimum a hand-written gateway needs to answer the bench's
 * timeline and board queries with the same upstream calls as Ponte — graphql-js, one DataLoader
 * per entity type per request, the reference lists once per request, undici. No validation of
 * input, no error taxonomy, no retries, no budget, no federation, no type-graphql: what is left
 * is the cost of GraphQL execution and of the upstream round trips themselves.
 */
const SDL = /* GraphQL */ `
  type Query {
    events(first: Int): EventConnection!
    pipeline(id: ID!): Pipeline
    leads(filter: LeadFilter, first: Int): LeadConnection!
  }
  input LeadFilter {
    pipelineIds: [ID!]
  }
  type EventConnection {
    nodes: [KommoEvent!]!
  }
  type LeadConnection {
    nodes: [Lead!]!
  }
  interface KommoEvent {
    id: ID!
    type: String!
    createdAt: String!
    entity: KommoEntity
    createdBy: User
  }
  type GenericEvent implements KommoEvent {
    id: ID!
    type: String!
    createdAt: String!
    entity: KommoEntity
    createdBy: User
  }
  type LeadStatusChangedEvent implements KommoEvent {
    id: ID!
    type: String!
    createdAt: String!
    entity: KommoEntity
    createdBy: User
    statusAfter: PipelineStatus
  }
  union KommoEntity = Lead | Contact | Company | Task
  type Lead {
    id: ID!
    name: String!
    price: Float
    status: PipelineStatus
    responsibleUser: User
    company: Company
    contacts: [Contact!]
  }
  type Contact {
    id: ID!
    name: String!
    phones: [String!]!
  }
  type Company {
    id: ID!
    name: String!
  }
  type Task {
    id: ID!
    text: String!
  }
  type User {
    id: ID!
    name: String!
  }
  type Pipeline {
    id: ID!
    name: String!
    statuses: [PipelineStatus!]!
  }
  type PipelineStatus {
    id: ID!
    name: String!
    pipeline: Pipeline
  }
`;

const TYPENAMES: Record<string, string> = { leads: 'Lead', contacts: 'Contact', companies: 'Company', tasks: 'Task' };

function createLoaders(origin: string, token: string) {
  const get = kommoGet(origin, token);
  const byIds = (entity: string) =>
    new DataLoader<string, Row | null>(async (ids) => {
      const rows = await get(recordsPath(entity, ids), entity);
      const found = new Map(rows.map((row) => [String(row.id), { ...row, __typename: TYPENAMES[entity] }]));
      return ids.map((id) => found.get(id) ?? null);
    });
  let users: Promise<Map<string, Row>> | undefined;
  let pipelines: Promise<Row[]> | undefined;
  const records = new Map<string, DataLoader<string, Row | null>>();
  return {
    get,
    record(entity: string, id: string) {
      let loader = records.get(entity);
      if (loader === undefined) records.set(entity, (loader = byIds(entity)));
      return loader.load(id);
    },
    user: async (id: unknown) =>
      (
        await (users ??= get('/api/v4/users?limit=250', 'users').then((r) => new Map(r.map((u) => [String(u.id), u]))))
      ).get(String(id)) ?? null,
    pipelines: () => (pipelines ??= get('/api/v4/leads/pipelines', 'pipelines')),
  };
}

type Loaders = ReturnType<typeof createLoaders>;
const statusesOf = (pipeline: Row): Row[] =>
  ((pipeline['_embedded'] as { statuses?: Row[] } | undefined)?.statuses ?? []).map((s) => ({ ...s, pipeline }));
async function status(loaders: Loaders, pipelineId: unknown, statusId: unknown): Promise<Row | null> {
  const pipeline = (await loaders.pipelines()).find((p) => String(p.id) === String(pipelineId));
  return pipeline === undefined ? null : (statusesOf(pipeline).find((s) => String(s.id) === String(statusId)) ?? null);
}

const resolvers = {
  Query: {
    events: async (_: unknown, args: { first?: number }, ctx: Loaders) => ({
      nodes: await ctx.get(`/api/v4/events?limit=${args.first ?? 50}`, 'events'),
    }),
    pipeline: async (_: unknown, args: { id: string }, ctx: Loaders) =>
      (await ctx.pipelines()).find((p) => String(p.id) === args.id) ?? null,
    leads: async (_: unknown, args: { filter?: { pipelineIds?: string[] }; first?: number }, ctx: Loaders) => {
      const filter = (args.filter?.pipelineIds ?? []).map((id) => `filter[pipeline_id][]=${id}`).join('&');
      const rows = await ctx.get(`/api/v4/leads?${filter}&limit=${args.first ?? 50}&with=contacts`, 'leads');
      return { nodes: rows };
    },
  },
  KommoEvent: {
    __resolveType: (e: Row) => (e['type'] === 'lead_status_changed' ? 'LeadStatusChangedEvent' : 'GenericEvent'),
  },
  KommoEntity: { __resolveType: (row: Row) => row['__typename'] },
  event: {
    createdAt: (e: Row) => new Date(Number(e['created_at']) * 1000).toISOString(),
    entity: (e: Row, _: unknown, ctx: Loaders) => {
      const entity = ENTITY_PATHS[String(e['entity_type'])];
      return entity === undefined ? null : ctx.record(entity, String(e['entity_id']));
    },
    createdBy: (e: Row, _: unknown, ctx: Loaders) => ctx.user(e['created_by']),
  },
  LeadStatusChangedEvent: {
    statusAfter: (e: Row, _: unknown, ctx: Loaders) => {
      const after = (e['value_after'] as Array<{ lead_status?: { id: number; pipeline_id: number } }>)[0]?.lead_status;
      return after === undefined ? null : status(ctx, after.pipeline_id, after.id);
    },
  },
  Lead: {
    status: (l: Row, _: unknown, ctx: Loaders) => status(ctx, l['pipeline_id'], l['status_id']),
    responsibleUser: (l: Row, _: unknown, ctx: Loaders) => ctx.user(l['responsible_user_id']),
    company: (l: Row, _: unknown, ctx: Loaders) => {
      const id = (l['_embedded'] as { companies?: Row[] }).companies?.[0]?.id;
      return id === undefined ? null : ctx.record('companies', String(id));
    },
    contacts: async (l: Row, _: unknown, ctx: Loaders) => {
      const ids = ((l['_embedded'] as { contacts?: Row[] }).contacts ?? []).map((c) => String(c.id));
      return (await Promise.all(ids.map((id) => ctx.record('contacts', id)))).filter((c) => c !== null);
    },
  },
  Contact: {
    phones: (c: Row) =>
      ((c['custom_fields_values'] as Array<{ field_code?: string; values: Array<{ value: string }> }> | null) ?? [])
        .filter((f) => f.field_code === 'PHONE')
        .flatMap((f) => f.values.map((v) => v.value)),
  },
  Pipeline: { statuses: (p: Row) => statusesOf(p) },
  PipelineStatus: { pipeline: (s: Row) => s['pipeline'] },
};

function executableSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const targets = typeName === 'event' ? ['GenericEvent', 'LeadStatusChangedEvent'] : [typeName];
    for (const target of targets) {
      const type = schema.getType(target) as unknown as {
        getFields?: () => Record<string, { resolve?: unknown }>;
        resolveType?: unknown;
      };
      for (const [field, resolve] of Object.entries(fields)) {
        if (field === '__resolveType') type.resolveType = resolve;
        else if (type.getFields !== undefined) {
          const definition = type.getFields()[field];
          if (definition !== undefined) definition.resolve = resolve;
        }
      }
    }
  }
  return schema;
}

/** Starts the baseline on an ephemeral port in front of a Kommo (simulator) at `origin`. */
export async function startBareGateway(origin: string, token: string): Promise<ReferenceGateway> {
  const schema = executableSchema();
  return serveGraphQL((source, variableValues) =>
    graphql({ schema, source, variableValues, contextValue: createLoaders(origin, token) }),
  );
}
