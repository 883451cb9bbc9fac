/**
 * PHP-style parsing of Kommo query strings, so that every array syntax means the same thing:
 * `filter[id][]=1&filter[id][]=2`, `filter[id][0]=1&filter[id][1]=2`, repeated `filter[id]=1&filter[id]=2`
 * and comma lists `filter[id]=1,2` all give the list [1, 2].
 */

export interface QueryNode {
  /** Values given directly for this key (repeats kept, commas not yet split). */
  values: string[];
  /** Bracketed sub-keys in first-seen order; `[]` appends are stored under the key ''. */
  children: Map<string, QueryNode>;
}

export interface Range {
  from?: number;
  to?: number;
}

function emptyNode(): QueryNode {
  return { values: [], children: new Map() };
}

/** `filter[a][b][]` → ['filter', 'a', 'b', '']; a malformed key is taken whole. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const rest = key.slice(open);
  if (!/^(\[[^\]]*\])+$/.test(rest)) return [key];
  return [key.slice(0, open), ...Array.from(rest.matchAll(/\[([^\]]*)\]/g), (match) => match[1] ?? '')];
}

export function parseQueryTree(query: URLSearchParams): QueryNode {
  const root = emptyNode();
  for (const [key, value] of query) {
    let node = root;
    for (const segment of splitKey(key)) {
      let child = node.children.get(segment);
      if (!child) {
        child = emptyNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    node.values.push(value);
  }
  return root;
}

export function child(node: QueryNode | undefined, ...path: string[]): QueryNode | undefined {
  let current = node;
  for (const key of path) current = current?.children.get(key);
  return current;
}

function isListKey(key: string): boolean {
  return key === '' || /^\d+$/.test(key);
}

/** Every value of a list-valued key, comma lists split, blanks dropped. */
export function listOf(node: QueryNode | undefined): string[] | undefined {
  if (!node) return undefined;
  const raw = [...node.values];
  for (const [key, sub] of node.children) if (isListKey(key)) raw.push(...(listOf(sub) ?? []));
  const items = raw
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return items.length > 0 ? items : undefined;
}

/** Integers of a list; undefined = no filter. Non-integers are dropped (a filter of only junk matches nothing). */
export function intListOf(node: QueryNode | undefined): number[] | undefined {
  const items = listOf(node);
  return items?.map(Number).filter((value) => Number.isSafeInteger(value));
}

/** The first value of a key, unsplit. */
export function firstOf(node: QueryNode | undefined): string | undefined {
  return node?.values[0] ?? (node ? firstOf(node.children.get('') ?? node.children.get('0')) : undefined);
}

/**
 * `[from]`/`[to]` children, or a bare value: one timestamp means "from" (inclusive), the legacy
 * `from,to` pair means both.
 */
export function rangeOf(node: QueryNode | undefined): Range | undefined {
  if (!node) return undefined;
  const number = (value: string | undefined): number | undefined => {
    const parsed = value === undefined || value.trim() === '' ? NaN : Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  };
  if (node.children.has('from') || node.children.has('to')) {
    return { from: number(firstOf(node.children.get('from'))), to: number(firstOf(node.children.get('to'))) };
  }
  const bare = firstOf(node);
  if (bare === undefined || bare.trim() === '') return undefined;
  const [from, to] = bare.split(',');
  return { from: number(from), to: number(to) };
}

/** `[0][pipeline_id]=…&[1][status_id]=…` → the indexed sub-nodes, in index order. */
export function groupsOf(node: QueryNode | undefined): QueryNode[] {
  if (!node) return [];
  return [...node.children.entries()]
    .filter(([key]) => isListKey(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, sub]) => sub);
}
