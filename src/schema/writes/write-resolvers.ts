import { CompanyMutations } from '../companies/company.mutation';
import { ContactMutations } from '../contacts/contact.mutation';
import { LeadMutations } from '../leads/lead.mutation';
import { TaskMutations } from '../tasks/task.mutation';

/** The Kommo entity mutations, registered by `buildPonteSchema`. */
export const WRITE_RESOLVERS = [LeadMutations, ContactMutations, CompanyMutations, TaskMutations] as const;
