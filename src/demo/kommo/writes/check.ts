/**
 * Kommo's per-item validation errors (`validation-errors[].errors[]`). The codes other than
 * NotSupportedChoice and InvalidType (both quoted in reference §7) are INFERRED, in the same
 * Symfony-validator style.
 */
export interface ItemError {
  code: string;
  path: string;
  detail: string;
}

export const NOT_BLANK = 'This value should not be blank.';
export const NOT_A_CHOICE = 'The value you selected is not a valid choice.';

/** Collects the errors of one batch item; the batch is rejected whole when any item has one. */
export class ItemCheck {
  readonly errors: ItemError[] = [];

  /** Records the error; answers `undefined` so that readers can `return check.fail(…)`. */
  fail(path: string, code: string, detail: string): undefined {
    this.errors.push({ code, path, detail });
    return undefined;
  }

  blank(path: string): undefined {
    return this.fail(path, 'NotBlank', NOT_BLANK);
  }

  notChoice(path: string): undefined {
    return this.fail(path, 'NotSupportedChoice', NOT_A_CHOICE);
  }

  type(path: string, type: string): undefined {
    return this.fail(path, 'InvalidType', `This value should be of type ${type}.`);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
