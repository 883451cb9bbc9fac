import { GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { LeadStatusChangedEvent } from '../../../src/schema/events/change-events.type';
import { buildPonteSchema } from '../../../src/schema/build-schema';
import { Lead } from '../../../src/schema/leads/lead.type';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});
afterEach(() => jest.restoreAllMocks());

function resolverOf(typeName: string, fieldName: string) {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type`);
  const resolve = type.getFields()[fieldName]?.resolve;
  if (resolve === undefined) throw new Error(`${typeName}.${fieldName} has no resolver`);
  return (root: unknown, args: Record<string, unknown>, ctx: unknown) =>
    resolve(root, args, ctx, {} as GraphQLResolveInfo);
}

/** A context whose Kommo loaders answer with what they were asked. */
const ctx = {
  loaders: {
    kommo: {
      status: (pipelineId: string, statusId: string) => Promise.resolve({ pipelineId, statusId }),
      byId: (entity: string, id: string) => Promise.resolve({ entity, id }),
      leadEvents: (leadId: string, first: number) => Promise.resolve([{ leadId, first }]),
    },
  },
};

/** type-graphql sorts a resolver's parameter metadata on every call; a direct call does not. */
function countSorts(): () => number {
  const sort = jest.spyOn(Array.prototype, 'sort');
  return () => sort.mock.calls.length;
}

describe('plain field resolvers are called directly (no type-graphql wrapper per call)', () => {
  it('an event field taking @Root and @Ctx: same answer, no per-call work of the wrapper', async () => {
    const event = Object.assign(new LeadStatusChangedEvent(), {
      statusRefAfter: { pipelineId: '7000001', statusId: '142' },
    });
    const sorts = countSorts();
    const answer = resolverOf('LeadStatusChangedEvent', 'statusAfter')(event, {}, ctx);
    expect(sorts()).toBe(0);
    await expect(answer).resolves.toEqual({ pipelineId: '7000001', statusId: '142' });
  });

  it('a root that is not an instance of its class goes through type-graphql, which converts it', async () => {
    const sorts = countSorts();
    const answer = resolverOf('Lead', 'company')({ companyId: '9' }, {}, ctx);
    expect(sorts()).toBeGreaterThan(0);
    await expect(answer).resolves.toEqual({ entity: 'companies', id: '9' });
  });

  it('the same field on an instance is direct', async () => {
    const sorts = countSorts();
    const answer = resolverOf('Lead', 'company')(Object.assign(new Lead(), { companyId: '9' }), {}, ctx);
    expect(sorts()).toBe(0);
    await expect(answer).resolves.toEqual({ entity: 'companies', id: '9' });
  });

  it('a field resolver with arguments keeps type-graphql’s resolver (argument conversion)', async () => {
    const sorts = countSorts();
    const answer = resolverOf('Lead', 'events')(Object.assign(new Lead(), { id: '3' }), { first: 5 }, ctx);
    expect(sorts()).toBeGreaterThan(0);
    await expect(answer).resolves.toEqual([{ leadId: '3', first: 5 }]);
  });
});
