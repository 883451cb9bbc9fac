/**
 * The tally of one operation's upstream calls, kept while the estimator walks the query. It knows
 * how the gateway's loaders turn reads into calls, and nothing about GraphQL.
 *
 * Batching is modelled with `Moments`: the instants at which a set of objects becomes available
 * to their field resolvers. Every DataLoader load that a resolver issues synchronously on those
 * objects lands in one batch per moment, so loads of the same loader at the same moments merge:
 * K keys cost ⌈K / perCall⌉ calls, plus one per extra moment. A batch's results arrive together
 * (the chunks of a batch are awaited as one), so the loaded objects appear at no more moments
 * than there were batches.
 */
export class Moments {
  constructor(readonly count: number) {}
}

export interface Load {
  /** One name per loader the keys may go to (a union's member types), each batched on its own. */
  loaders: readonly string[];
  at: Moments;
  keys: number;
  /** Keys one call carries at most. */
  perCall: number;
  /** The key's value: loading the same value again at the same moments adds no key. */
  value?: string;
  /** A list that pages on (tasks of records): rows per key and rows per page, for the pages past the first. */
  paging?: { rowsPerKey: number; pageSize: number };
}

interface Batch {
  keys: number;
  perCall: number;
  instances: number;
  paging: Load['paging'];
}

/**
 * Calls of `keys` keys spread over `instances` loader batches of at most `perCall` keys a call:
 * each batch costs ⌈k/perCall⌉, which sums to at most ⌈K/perCall⌉ + instances − 1 (and never
 * more than one call a key).
 */
export function batchedCalls(keys: number, perCall: number, instances: number): number {
  if (keys <= 0) return 0;
  return Math.min(keys, Math.ceil(keys / perCall) + Math.max(instances, 1) - 1);
}

export class CostSheet {
  private direct = 0;
  private readonly reference = new Set<string>();
  private readonly batches = new Map<Moments, Map<string, Batch>>();
  private readonly values = new Map<Moments, Set<string>>();

  /** Calls that nothing batches or caches: list pages, events by id, writes. */
  calls(count: number): void {
    this.direct += count;
  }

  /** Reference data read whole at most once per request (users, pipelines…): one call however often it is used. */
  referenceList(name: string): void {
    this.reference.add(name);
  }

  /**
   * One of `names` for each of `objects` objects whose type decides which (a custom field of the
   * event's entity type): all of them, or as many distinct unknown ones as there are objects.
   */
  referenceListAmong(names: readonly string[], objects: number): void {
    if (objects >= names.length) for (const name of names) this.referenceList(name);
    else for (let i = 0; i < objects; i += 1) this.referenceList(`${names.join('|')}#${this.reference.size}`);
  }

  /** DataLoader loads by resolvers running at `load.at`; answers the moments at which the loaded objects appear. */
  load(load: Load): Moments {
    const name = load.loaders.join('|');
    // A key already loaded at these moments is answered by the same batch: no key, one moment.
    if (load.value !== undefined && !this.firstTime(load.at, `${name}@${load.value}`)) return new Moments(1);
    let atMoments = this.batches.get(load.at);
    if (atMoments === undefined) this.batches.set(load.at, (atMoments = new Map<string, Batch>()));
    const batch = atMoments.get(name);
    if (batch === undefined) {
      const instances = load.loaders.length * load.at.count;
      atMoments.set(name, { keys: load.keys, perCall: load.perCall, instances, paging: load.paging });
    } else batch.keys += load.keys;
    return new Moments(Math.min(load.keys, load.loaders.length * load.at.count));
  }

  total(): number {
    let calls = this.direct + this.reference.size;
    for (const atMoments of this.batches.values()) {
      for (const batch of atMoments.values()) {
        calls += batchedCalls(batch.keys, batch.perCall, batch.instances);
        // A batch's pages past the first: ⌊rows / pageSize⌋ at most, over all its chunks.
        if (batch.paging !== undefined && batch.keys > 0)
          calls += Math.floor((batch.keys * batch.paging.rowsPerKey) / batch.paging.pageSize);
      }
    }
    return calls;
  }

  private firstTime(at: Moments, value: string): boolean {
    let seen = this.values.get(at);
    if (seen === undefined) this.values.set(at, (seen = new Set<string>()));
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  }
}
