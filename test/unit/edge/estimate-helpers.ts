import {
  getOperationAST,
  getVariableValues,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  parse,
  validate,
} from 'graphql';
import { estimateUpstreamCalls } from '../../../src/edge/cost/estimate';
import { measureOperation, type OperationShape } from '../../../src/edge/limits/operation-shape';
import { buildPonteSchema } from '../../../src/schema/build-schema';

let schema: Promise<GraphQLSchema> | undefined;

function prepare(resolved: GraphQLSchema, source: string, variables: Record<string, unknown>) {
  const document = parse(source);
  const problems = validate(resolved, document);
  if (problems.length > 0) throw new Error(`invalid test operation: ${problems.map(String).join('; ')}`);
  const operation = getOperationAST(document);
  if (operation === null || operation === undefined) throw new Error('one operation expected');
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const coerced = getVariableValues(resolved, operation.variableDefinitions ?? [], variables);
  if (coerced.errors !== undefined) throw new Error(coerced.errors.map(String).join('; '));
  return { operation, fragments, variables: coerced.coerced };
}

/** The estimate of a valid operation against Ponte's schema. */
export async function estimate(source: string, variables: Record<string, unknown> = {}): Promise<number> {
  const resolved = await (schema ??= buildPonteSchema());
  return estimateUpstreamCalls({ schema: resolved, ...prepare(resolved, source, variables) });
}

/** Depth, aliases and root fields of a valid operation. */
export async function shape(source: string): Promise<OperationShape> {
  const resolved = await (schema ??= buildPonteSchema());
  const { operation, fragments } = prepare(resolved, source, {});
  return measureOperation(operation, fragments);
}
