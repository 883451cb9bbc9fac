import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { companyRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import { notBlank } from '../common/input-rules';
import { checkRecord } from '../common/record-write.rules';
import { createRecords, updateRecord, type CreateSpec, type UpdateSpec } from '../common/record-writes';
import type { InputChecks } from '../common/input-checks';
import { CreateCompanyInput, UpdateCompanyInput } from './company.input';
import { Company } from './company.type';

@Resolver()
export class CompanyMutations {
  @Mutation(() => [Company], {
    description:
      'Creates companies, in input order. Over 250 go in sequential batches (see createLeads for partial failures).',
  })
  createCompanies(
    @Ctx() ctx: Context,
    @Arg('input', () => [CreateCompanyInput]) input: CreateCompanyInput[],
  ): Promise<Company[]> {
    return createRecords(ctx, CREATE, input);
  }

  @Mutation(() => Company, { description: 'Changes one company; answers it as Kommo now has it.' })
  updateCompany(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput,
  ): Promise<Company> {
    return updateRecord(ctx, UPDATE, input);
  }
}

function checkCompany(c: InputChecks, at: string, input: CreateCompanyInput | UpdateCompanyInput): void {
  checkRecord(c, at, input, KommoEntityType.COMPANY);
  notBlank(c, `${at}.name`, input.name);
}

const CREATE: CreateSpec<CreateCompanyInput, 'companies'> = {
  type: KommoEntityType.COMPANY,
  entity: 'companies',
  check: checkCompany,
  row: companyRow,
};

const UPDATE: UpdateSpec<UpdateCompanyInput, 'companies'> = {
  type: KommoEntityType.COMPANY,
  entity: 'companies',
  check: (c, input) => checkCompany(c, 'input', input),
  row: companyRow,
};
