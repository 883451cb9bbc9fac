/** A missing or malformed variable: one line naming it, printed by `main.ts` before it exits. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem} (see README.md, "Configuration")`);
    this.name = 'ConfigError';
  }
}
