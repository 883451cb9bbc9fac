import { ID_BASES, KOMMO_EPOCH } from '../constants';
import type { KommoCompany, KommoContact, KommoLead, KommoTask } from '../records';
import type { GhostLead } from './leads';
import type { Subject } from './timeline-types';

/** Event subjects built from seeded records. */

export function leadSubject(lead: KommoLead): Subject {
  return base('lead', lead.id, lead.created_at, lead.created_by, lead.responsible_user_id, lead.name, { lead });
}

export function ghostLeadSubject(ghost: GhostLead): Subject {
  return base('lead', ghost.id, ghost.created_at, 0, ghost.responsible_user_id, ghost.name, {});
}

export function contactSubject(contact: KommoContact): Subject {
  return base(
    'contact',
    contact.id,
    contact.created_at,
    contact.created_by,
    contact.responsible_user_id,
    contact.name,
    { contact },
  );
}

export function companySubject(company: KommoCompany): Subject {
  return base(
    'company',
    company.id,
    company.created_at,
    company.created_by,
    company.responsible_user_id,
    company.name,
    { company },
  );
}

export function taskSubject(task: KommoTask): Subject {
  return base('task', task.id, task.created_at, task.created_by, task.responsible_user_id, task.text, { task });
}

/** Customers are not served by the simulator; transaction events still name a few. */
export function customerSubjects(): Subject[] {
  return Array.from({ length: 6 }, (_, index) =>
    base('customer', ID_BASES.customer + index, KOMMO_EPOCH + index * 86_400, 0, 0, `Customer ${index + 1}`, {}),
  );
}

function base(
  entityType: Subject['entityType'],
  id: number,
  createdAt: number,
  createdBy: number,
  responsibleUserId: number,
  name: string,
  records: Pick<Subject, 'lead' | 'contact' | 'company' | 'task'>,
): Subject {
  return { entityType, id, createdAt, createdBy, responsibleUserId, name, ...records };
}
