import { companyRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import type { RecordWrites } from '../common/record-writes';
import type { CreateCompanyInput, UpdateCompanyInput } from './company.input';
import { checkCompany } from './company.rules';

/** How companies are written: their rules and their Kommo row. */

export const COMPANY_WRITES: RecordWrites<CreateCompanyInput, UpdateCompanyInput, 'companies'> = {
  type: KommoEntityType.COMPANY,
  entity: 'companies',
  create: { check: checkCompany, row: companyRow },
  update: { check: checkCompany, row: companyRow },
};
