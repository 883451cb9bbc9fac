import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** The sizes `MAX_DEPTH`, `MAX_ALIASES` and `MAX_ROOT_FIELDS` limit (CONTRACT §5.2). */
export interface OperationShape {
  /** Deepest field nesting, fragments expanded; a leaf field is one level. */
  depth: number;
  /** Aliased fields, fragments expanded (a fragment spread twice counts twice). */
  aliases: number;
  /** Distinct response keys at the root, fragments expanded. */
  rootFields: number;
}

/** Introspection answers from the schema alone (and is off in production): its nesting is not counted. */
function isIntrospection(name: string): boolean {
  return name === '__schema' || name === '__type';
}

/**
 * Measures an operation in one pass over its text. Each fragment is measured once and reused, so a
 * fragment spread in many places (or fragments spreading each other) cannot make this slow, while
 * the counts still add up as if every spread were expanded. Validation has ruled out fragment cycles.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): OperationShape {
  const memo = new Map<string, { depth: number; aliases: number }>();

  const measure = (set: SelectionSetNode): { depth: number; aliases: number } => {
    let depth = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      const inner = measureSelection(selection);
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  };

  const measureSelection = (selection: SelectionNode): { depth: number; aliases: number } => {
    if (selection.kind === Kind.FIELD) {
      const own = selection.alias === undefined ? 0 : 1;
      if (selection.selectionSet === undefined || isIntrospection(selection.name.value)) {
        return { depth: 1, aliases: own };
      }
      const inner = measure(selection.selectionSet);
      return { depth: inner.depth + 1, aliases: inner.aliases + own };
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return measure(selection.selectionSet);
    const name = selection.name.value;
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const measured = fragment === undefined ? { depth: 0, aliases: 0 } : measure(fragment.selectionSet);
    memo.set(name, measured);
    return measured;
  };

  const { depth, aliases } = measure(operation.selectionSet);
  return { depth, aliases, rootFields: rootKeys(operation.selectionSet, fragments).size };
}

function rootKeys(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  keys = new Set<string>(),
  visited = new Set<string>(),
): Set<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) keys.add(selection.alias?.value ?? selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootKeys(selection.selectionSet, fragments, keys, visited);
    else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment !== undefined) rootKeys(fragment.selectionSet, fragments, keys, visited);
    }
  }
  return keys;
}
