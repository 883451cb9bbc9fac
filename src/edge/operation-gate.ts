import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getVariableValues,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
} from 'graphql';
import type { Caller } from '../caller';
import type { OperationLimits } from '../config';
import type { Context } from '../context';
import { ErrorCode } from '../error-codes';
import { estimateUpstreamCalls, TooLargeToEstimateError } from './cost/estimate';
import { measureOperation } from './limits/operation-shape';
import { type Refusal, refusalError } from './refusal';

/** What `extensions.cost` reports on every executed operation (CONTRACT §5.2). */
export interface OperationCost {
  estimatedUpstreamCalls: number;
  /** Exact: every HTTP attempt the operation sent, retries included. */
  upstreamCalls: number;
}

/**
 * Decides, after parsing and before any resolver runs, whether an operation may run (CONTRACT
 * §5.1–5.2): a mutation needs write scope, then `MAX_DEPTH`, `MAX_ALIASES`, `MAX_ROOT_FIELDS` and
 * the estimated upstream calls against `MAX_UPSTREAM_CALLS`. A refusal answers HTTP 400 (403 for
 * scope) and nothing runs. Executed operations get `extensions.cost`.
 */
export function operationGate(limits: OperationLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let estimate: number | undefined;
      let executed = false;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          // Without an operation (an unknown operationName) execution answers the error itself.
          if (operation === undefined) return;
          estimate = checkOperation(limits, {
            caller: contextValue.caller,
            operation,
            document,
            variables: request.variables,
            schema,
          });
        },
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, contextValue }) {
          if (!executed || estimate === undefined || response.body.kind !== 'single') return;
          const cost: OperationCost = {
            estimatedUpstreamCalls: estimate,
            upstreamCalls: contextValue.upstream.calls.count,
          };
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

/** One parsed operation and who sends it, over HTTP or WebSocket. */
export interface GatedOperation {
  caller: Caller;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  variables: Readonly<Record<string, unknown>> | undefined;
  schema: GraphQLSchema;
}

/**
 * The gate's rules for one operation: scope, shape limits, then the estimate, which it returns.
 * Throws the refusal as a GraphQLError (`extensions.http.status` for Apollo).
 */
export function checkOperation(
  limits: OperationLimits,
  { caller, operation, document, variables, schema }: GatedOperation,
): number {
  if (operation.operation === OperationTypeNode.MUTATION && !caller.canWrite) {
    throw refusalError({
      status: 403,
      code: ErrorCode.FORBIDDEN,
      message: `Mutations need write scope, and ${caller.name} may only read: use an API key with scope write or a JWT with ponte:write`,
    });
  }
  // Without variables, the rest depends on the operation's text alone, and Apollo's document store
  // hands every request with the same text the same parsed operation: decided once, reused.
  const reusable = !operation.variableDefinitions?.length;
  const known = reusable ? estimates.get(operation) : undefined;
  if (known !== undefined && known.limits === limits && known.schema === schema) return known.estimate;
  const estimate = measureAndEstimate(limits, { operation, document, variables, schema });
  if (reusable) estimates.set(operation, { limits, schema, estimate });
  return estimate;
}

/** The estimates of operations that passed the gate without variables, with the limits and schema they passed. */
const estimates = new WeakMap<
  OperationDefinitionNode,
  { limits: OperationLimits; schema: GraphQLSchema; estimate: number }
>();

function measureAndEstimate(
  limits: OperationLimits,
  { operation, document, variables, schema }: Omit<GatedOperation, 'caller'>,
): number {
  const fragments = fragmentsOf(document);
  const shape = measureOperation(operation, fragments);
  const measured = [
    ['MAX_DEPTH', limits.maxDepth, shape.depth, `nests fields ${shape.depth} deep`],
    ['MAX_ALIASES', limits.maxAliases, shape.aliases, `has ${shape.aliases} aliased fields`],
    ['MAX_ROOT_FIELDS', limits.maxRootFields, shape.rootFields, `has ${shape.rootFields} root fields`],
  ] as const;
  for (const [limit, max, actual, what] of measured) {
    if (actual > max)
      throw refusalError(exceeded(`The operation ${what}; ${limit} allows ${max}`, limit, max, { actual }));
  }
  return estimateOrRefuse(schema, operation, fragments, variables, limits.maxUpstreamCalls);
}

/** The estimate, or a refusal past `max`. Variables that do not coerce fail execution before any resolver: 0. */
function estimateOrRefuse(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  raw: Readonly<Record<string, unknown>> | undefined,
  max: number,
): number {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {});
  if (variables.errors !== undefined) return 0;
  let estimated: number;
  try {
    estimated = estimateUpstreamCalls({ schema, operation, fragments, variables: variables.coerced });
  } catch (error) {
    if (!(error instanceof TooLargeToEstimateError)) throw error;
    const message = `The operation is too large to estimate (${error.message}); MAX_UPSTREAM_CALLS allows ${max} upstream calls`;
    throw refusalError(exceeded(message, 'MAX_UPSTREAM_CALLS', max, { estimated: Math.max(error.partial, max + 1) }));
  }
  if (estimated > max) {
    const message =
      `The operation may need ${estimated} upstream calls; MAX_UPSTREAM_CALLS allows ${max}. ` +
      'Ask for fewer items (first) or fewer nested lists, or split it into several operations';
    throw refusalError(exceeded(message, 'MAX_UPSTREAM_CALLS', max, { estimated }));
  }
  return estimated;
}

function exceeded(message: string, limit: string, max: number, found: Record<string, number>): Refusal {
  return { status: 400, code: ErrorCode.OPERATION_LIMIT_EXCEEDED, message, extensions: { limit, max, ...found } };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}
