import { KommoEntityType } from '../common/entity-type.enum';
import type { InputChecks } from '../common/input-checks';
import { notBlank } from '../common/input-rules';
import { checkRecord } from '../common/record-write.rules';
import type { CreateCompanyInput, UpdateCompanyInput } from './company.input';

/** The rules of a new company and of a change to one; `at` is the item's argument path (`input[3]`, `input`). */
export function checkCompany(c: InputChecks, at: string, input: CreateCompanyInput | UpdateCompanyInput): void {
  checkRecord(c, at, input, KommoEntityType.COMPANY);
  notBlank(c, `${at}.name`, input.name);
}
