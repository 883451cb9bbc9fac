/**
 * Why the gateway cannot serve right now (CONTRACT §8, `GET /ready`): each part that can stop it
 * (boot, shutdown, Redis, …) sets or clears its own reason; ready means no reason is set.
 */
export class Readiness {
  private readonly reasons = new Map<string, string>();

  /** Sets `part`'s reason, or clears it with `undefined`. */
  set(part: string, reason: string | undefined): void {
    if (reason === undefined) this.reasons.delete(part);
    else this.reasons.set(part, reason);
  }

  get ready(): boolean {
    return this.reasons.size === 0;
  }

  /** The reasons by part, for the 503 body. */
  describe(): Record<string, string> {
    return Object.fromEntries(this.reasons);
  }
}
