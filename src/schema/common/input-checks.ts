import type { KommoLoaders } from '../../kommo/kommo.loaders';
import { badInputError, problem, type InputProblem } from './bad-user-input';

/** A rule that needs upstream data: it looks ids up through the per-request loaders and answers what it found wrong. */
export type Lookup = (loaders: KommoLoaders) => Promise<InputProblem[]>;

/**
 * Collects every problem of one request's input, so that a single BAD_USER_INPUT names them all
 * (`extensions.field` the first, `extensions.problems` each one), before anything is sent upstream.
 * Rules record a problem with `fail` and answer whether the value passed, so a caller can skip
 * the rules that only make sense for a sound value. Two rounds: the rules that need nothing but the
 * input, then (writes only) the lookups of users, pipelines, custom field definitions and linked
 * records. The lookups of a round run together, so the loaders batch them: each reference list
 * is one call, each record type one `filter[id][]` call.
 */
export class InputChecks {
  private readonly problems: InputProblem[] = [];
  private readonly lookups: Lookup[] = [];

  /** Records that `field` breaks `rule` (worded `Invalid <field>: <rule>.`). */
  fail(field: string, rule: string): void {
    this.problems.push(problem(field, rule));
  }

  /** A lookup for the second round; see `verify`. */
  lookup(check: Lookup): void {
    this.lookups.push(check);
  }

  /** Throws BAD_USER_INPUT listing every problem recorded; for inputs without lookups. */
  throwIfAny(): void {
    if (this.lookups.length > 0) throw new Error('lookups were queued: use verify(loaders), which runs them');
    this.raise();
  }

  /**
   * Throws BAD_USER_INPUT (every problem listed) if a rule failed; the lookups run only when the
   * input itself is sound. Upstream errors of the lookups propagate: nothing has been sent yet.
   */
  async verify(loaders: KommoLoaders): Promise<void> {
    this.raise();
    const found = await Promise.all(this.lookups.map((check) => check(loaders)));
    this.problems.push(...found.flat());
    this.raise();
  }

  private raise(): void {
    if (this.problems.length > 0) throw badInputError(this.problems);
  }
}

/**
 * Runs synchronous rules and throws BAD_USER_INPUT listing every problem they recorded. `rules`
 * answers the validated value (or nothing); it answers `undefined` for a value only where it
 * recorded why, so what `validate` returns is always sound.
 */
export function validate<T>(rules: (checks: InputChecks) => T | undefined): T {
  const checks = new InputChecks();
  const value = rules(checks);
  checks.throwIfAny();
  return value as T;
}
