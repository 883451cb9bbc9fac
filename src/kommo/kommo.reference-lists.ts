import type { ReferenceList } from '../stores/shared-reads';

/**
 * Kommo's reference lists, the GETs whose answers may be reused across requests for
 * `REFERENCE_TTL_SECONDS`: users, pipelines with their statuses, task types (on the account),
 * custom-field definitions and loss reasons. Each list path is its own group: a write to it or below
 * it (`PATCH /api/v4/leads/pipelines/7/statuses/5`) invalidates it. Ponte's own writes (records)
 * change none of them.
 */
const LISTS: Readonly<Record<string, string>> = {
  '/api/v4/users': 'users',
  '/api/v4/leads/pipelines': 'pipelines',
  '/api/v4/account': 'task_types',
  '/api/v4/leads/loss_reasons': 'loss_reasons',
  '/api/v4/leads/custom_fields': 'custom_fields',
  '/api/v4/contacts/custom_fields': 'custom_fields',
  '/api/v4/companies/custom_fields': 'custom_fields',
  '/api/v4/customers/custom_fields': 'custom_fields',
};

export function kommoReferenceList(path: string): ReferenceList | undefined {
  const name = LISTS[path];
  return name === undefined ? undefined : { group: path, name };
}

export function kommoGroupsWrittenBy(path: string): string[] {
  return Object.keys(LISTS).filter((group) => path === group || path.startsWith(`${group}/`));
}
