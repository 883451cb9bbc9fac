import { createUnionType } from 'type-graphql';
import { Company } from '../companies/company.type';
import { Contact } from '../contacts/contact.type';
import { Lead } from '../leads/lead.type';
import { Task } from '../tasks/task.type';

export type KommoEntityValue = Lead | Contact | Company | Task;

export const KommoEntity = createUnionType({
  name: 'KommoEntity',
  description: 'A record an event or a link refers to.',
  types: () => [Lead, Contact, Company, Task] as const,
  resolveType: (value) => {
    if (value instanceof Lead) return Lead;
    if (value instanceof Contact) return Contact;
    if (value instanceof Company) return Company;
    if (value instanceof Task) return Task;
    return undefined;
  },
});
