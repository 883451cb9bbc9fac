import type { KommoLoaders } from '../../kommo/kommo.loaders';
import { badInputError, problem, type InputProblem } from './problems';

type LaterCheck = (loaders: KommoLoaders) => Promise<InputProblem[]>;

/**
 * Collects the problems of a write's input in two rounds: the rules that need nothing but the
 * input, then the ones that look ids up (users, pipelines, custom field definitions, linked
 * records) through the per-request loaders. The lookups of a round run together, so the loaders
 * batch them: each reference list is one call, each record type one `filter[id][]` call.
 */
export class WriteChecks {
  private readonly problems: InputProblem[] = [];
  private readonly later: LaterCheck[] = [];

  constructor(private readonly loaders: KommoLoaders) {}

  fail(field: string, rule: string): void {
    this.problems.push(problem(field, rule));
  }

  /** A lookup for the second round; it answers the problems it found. */
  lookup(check: LaterCheck): void {
    this.later.push(check);
  }

  /**
   * Throws BAD_USER_INPUT (every problem listed) if a rule failed; the lookups run only when the
   * input itself is sound. Upstream errors of the lookups propagate: nothing has been written yet.
   */
  async verify(): Promise<void> {
    this.throwIfAny();
    const found = await Promise.all(this.later.map((check) => check(this.loaders)));
    this.problems.push(...found.flat());
    this.throwIfAny();
  }

  private throwIfAny(): void {
    if (this.problems.length > 0) throw badInputError(this.problems);
  }
}
