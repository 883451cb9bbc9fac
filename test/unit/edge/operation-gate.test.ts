import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import type { Caller } from '../../../src/caller';
import type { OperationLimits } from '../../../src/config';
import { checkOperation } from '../../../src/edge/operation-gate';
import { buildPonteSchema } from '../../../src/schema/build-schema';

const READER: Caller = { name: 'reader', via: 'api-key', canWrite: false };
const LIMITS: OperationLimits = { maxDepth: 10, maxAliases: 10, maxRootFields: 5, maxUpstreamCalls: 50 };
const TIMELINE = `{ events(first: 100) { nodes { entity { ... on Lead { name } } createdBy { name } } } }`;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});

function gated(source: string) {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('one operation expected');
  return { caller: READER, operation, document, variables: undefined, schema };
}

describe('the operation gate, asked again about the same parsed operation (Apollo reuses it per text)', () => {
  it('answers the same estimate every time', () => {
    const timeline = gated(TIMELINE);
    const first = checkOperation(LIMITS, timeline);
    expect(first).toBeGreaterThan(1);
    expect(checkOperation(LIMITS, timeline)).toBe(first);
  });

  it('still refuses under tighter limits an operation that passed looser ones', () => {
    const timeline = gated(TIMELINE);
    checkOperation(LIMITS, timeline);
    expect(() => checkOperation({ ...LIMITS, maxUpstreamCalls: 1 }, timeline)).toThrow(/MAX_UPSTREAM_CALLS allows 1/);
    expect(() => checkOperation({ ...LIMITS, maxDepth: 2 }, timeline)).toThrow(/MAX_DEPTH allows 2/);
  });

  it('still refuses a mutation to a caller without write scope', () => {
    const mutation = gated('mutation { updateTask(input: { id: "1", text: "x" }) { id } }');
    expect(() => checkOperation(LIMITS, mutation)).toThrow(/write scope/);
    expect(() => checkOperation(LIMITS, mutation)).toThrow(/write scope/);
  });

  it('estimates an operation with variables from the values of each request', () => {
    // One call for the leads, one per lead for its events (Lead.events is not batched past first: 10).
    const page = gated('query ($first: Int!) { leads(first: $first) { nodes { events(first: 10) { id } } } }');
    const big = { ...LIMITS, maxUpstreamCalls: 1000 };
    expect(checkOperation(big, { ...page, variables: { first: 5 } })).toBe(1 + 5);
    expect(checkOperation(big, { ...page, variables: { first: 50 } })).toBe(1 + 50);
    expect(checkOperation(big, { ...page, variables: { first: 5 } })).toBe(1 + 5);
  });
});
