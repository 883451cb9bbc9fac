import {
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  GraphQLIncludeDirective,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isCompositeType,
  isListType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { CostSheet, Moments } from './cost-sheet';
import { type FieldCost, free, type Scope } from './field-cost';
import { CUSTOM_FIELD_OWNER_TYPES, FIELD_COSTS } from './field-costs';

/** Fields (fragments expanded, same response keys merged) past which an operation is too large to estimate. */
export const MAX_ESTIMATED_FIELDS = 20_000;

export interface OperationToEstimate {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Readonly<Record<string, unknown>>;
}

/** Thrown when the operation expands to more than `MAX_ESTIMATED_FIELDS` fields. */
export class TooLargeToEstimateError extends Error {
  constructor(readonly partial: number) {
    super(`more than ${MAX_ESTIMATED_FIELDS} fields once fragments are expanded`);
    this.name = 'TooLargeToEstimateError';
  }
}

/**
 * The upstream calls an operation will cause at most, from its text and variables alone: it walks
 * the selections the way execution will (fragments expanded, equal response keys merged,
 * `@skip`/`@include` applied) and prices each field with `FIELD_COSTS`. Query root fields run
 * together; mutation root fields one after another.
 */
export function estimateUpstreamCalls(input: OperationToEstimate): number {
  const walk = new Walk(input);
  const root = rootType(input.schema, input.operation);
  if (root === undefined) return 0;
  if (input.operation.operation === OperationTypeNode.MUTATION) {
    for (const field of walk.collect([input.operation.selectionSet], root)) walk.field(field, initialScope());
  } else {
    walk.selection([input.operation.selectionSet], root, initialScope());
  }
  return walk.sheet.total();
}

function initialScope(): Scope {
  return { n: 1, at: new Moments(1) };
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | undefined {
  if (operation.operation === OperationTypeNode.MUTATION) return schema.getMutationType() ?? undefined;
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) return schema.getSubscriptionType() ?? undefined;
  return schema.getQueryType() ?? undefined;
}

interface CollectedField {
  type: GraphQLObjectType | GraphQLInterfaceType;
  name: string;
  nodes: FieldNode[];
}

class Walk {
  readonly sheet = new CostSheet();
  private fields = 0;

  constructor(private readonly input: OperationToEstimate) {}

  selection(sets: readonly SelectionSetNode[], parent: GraphQLCompositeType, scope: Scope): void {
    for (const field of this.collect(sets, parent)) this.field(field, scope);
  }

  field(field: CollectedField, scope: Scope): void {
    this.fields += 1;
    if (this.fields > MAX_ESTIMATED_FIELDS) throw new TooLargeToEstimateError(this.sheet.total());
    const definition = field.type.getFields()[field.name];
    const node = field.nodes[0];
    if (definition === undefined || node === undefined) return;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, this.input.variables);
    } catch {
      return; // the field's arguments are invalid: execution fails it without resolving anything
    }
    const cost = costOf(field.type, field.name);
    const child = cost({
      sheet: this.sheet,
      scope,
      args,
      name: `${field.type.name}.${field.name}`,
      list: isListType(getNullableType(definition.type)),
    });
    const named = getNamedType(definition.type);
    const sets = field.nodes.flatMap((each) => (each.selectionSet === undefined ? [] : [each.selectionSet]));
    if (!isCompositeType(named) || sets.length === 0 || child.n <= 0) return;
    this.selection(sets, named, { ...child, owner: CUSTOM_FIELD_OWNER_TYPES[field.type.name] });
  }

  /**
   * The fields of `sets` by response key, per type condition: `... on Lead { name }` and
   * `... on Contact { name }` are different fields. Introspection fields cost nothing and are left out.
   */
  collect(sets: readonly SelectionSetNode[], parent: GraphQLCompositeType): CollectedField[] {
    const byKey = new Map<string, CollectedField>();
    const visited = new Set<string>();
    const visit = (set: SelectionSetNode, type: GraphQLCompositeType): void => {
      for (const selection of set.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__') || isUnionType(type)) continue;
          const key = `${type.name}:${selection.alias?.value ?? selection.name.value}`;
          const known = byKey.get(key);
          if (known === undefined) byKey.set(key, { type, name: selection.name.value, nodes: [selection] });
          else known.nodes.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet, this.conditionType(selection.typeCondition?.name.value) ?? type);
        } else if (!visited.has(selection.name.value)) {
          visited.add(selection.name.value);
          const fragment = this.input.fragments.get(selection.name.value);
          if (fragment !== undefined)
            visit(fragment.selectionSet, this.conditionType(fragment.typeCondition.name.value) ?? type);
        }
      }
    };
    for (const set of sets) visit(set, parent);
    return [...byKey.values()];
  }

  private conditionType(name: string | undefined): GraphQLCompositeType | undefined {
    const type = name === undefined ? undefined : this.input.schema.getType(name);
    return type !== undefined && isCompositeType(type) ? type : undefined;
  }

  private included(selection: SelectionNode): boolean {
    const variables = this.input.variables;
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.['if'] === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.['if'] !== false;
  }
}

/** The field's cost, looked up on its type and then on the interfaces the type implements. */
function costOf(type: GraphQLObjectType | GraphQLInterfaceType, name: string): FieldCost {
  const own = FIELD_COSTS[`${type.name}.${name}`];
  if (own !== undefined) return own;
  for (const face of type.getInterfaces()) {
    const inherited = FIELD_COSTS[`${face.name}.${name}`];
    if (inherited !== undefined) return inherited;
  }
  return free;
}
