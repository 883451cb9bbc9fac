import type { KommoCompany, KommoContact, KommoLead, KommoTask } from '../records';

/** Makes links consistent both ways, from the lead side and the contact→company side. */
export function linkEntities(
  leads: readonly KommoLead[],
  contacts: readonly KommoContact[],
  companies: readonly KommoCompany[],
): void {
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  const companyById = new Map(companies.map((company) => [company.id, company]));
  for (const contact of contacts) {
    const company = companyById.get(contact._embedded.companies[0]?.id ?? -1);
    company?._embedded.contacts.push({ id: contact.id });
  }
  for (const lead of leads) {
    for (const ref of lead._embedded.contacts) contactById.get(ref.id)?._embedded.leads.push({ id: lead.id });
    const company = companyById.get(lead._embedded.companies[0]?.id ?? -1);
    company?._embedded.leads.push({ id: lead.id });
  }
}

/** `closest_task_at` = the earliest deadline among the entity's open tasks, else null. */
export function applyClosestTasks(
  tasks: readonly KommoTask[],
  entities: { leads: readonly KommoLead[]; contacts: readonly KommoContact[]; companies: readonly KommoCompany[] },
): void {
  const closest = new Map<string, number>();
  for (const task of tasks) {
    if (task.is_completed || task.entity_type === null || task.entity_id === null) continue;
    const key = `${task.entity_type}:${task.entity_id}`;
    const current = closest.get(key);
    if (current === undefined || task.complete_till < current) closest.set(key, task.complete_till);
  }
  for (const kind of ['leads', 'contacts', 'companies'] as const) {
    for (const entity of entities[kind]) entity.closest_task_at = closest.get(`${kind}:${entity.id}`) ?? null;
  }
}
