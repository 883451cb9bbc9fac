/** The BAD_USER_INPUT response the gateway gives for input problems, as `[field, rule]` pairs. */
export function rejected(mutation: string, problems: ReadonlyArray<readonly [string, string]>): unknown {
  const list = problems.map(([field, rule]) => ({ field, message: `Invalid ${field}: ${rule}.` }));
  const more = list.length - 1;
  const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}: see extensions.problems)` : '';
  return {
    data: null,
    errors: [
      {
        message: `${list[0]?.message ?? ''}${suffix}`,
        locations: [{ line: 1, column: expect.any(Number) as number }],
        path: [mutation],
        extensions: { code: 'BAD_USER_INPUT', field: list[0]?.field, problems: list },
      },
    ],
  };
}

export const CREATE_LEADS = 'mutation($input: [CreateLeadInput!]!) { createLeads(input: $input) { id } }';
export const UPDATE_LEAD = 'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id } }';
export const CREATE_CONTACTS = 'mutation($input: [CreateContactInput!]!) { createContacts(input: $input) { id } }';
export const UPDATE_CONTACT = 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { id } }';
export const CREATE_COMPANIES = 'mutation($input: [CreateCompanyInput!]!) { createCompanies(input: $input) { id } }';
export const UPDATE_COMPANY = 'mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }';
export const CREATE_TASKS = 'mutation($input: [CreateTaskInput!]!) { createTasks(input: $input) { id } }';
export const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }';
