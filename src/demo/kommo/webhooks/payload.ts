import { asInt, asString } from '../../../lib/decode';
import { KOMMO_ACCOUNT_ID, KOMMO_SUBDOMAIN } from '../constants';
import type { KommoRecord } from '../store';
import type { EntityChange } from './changes';

/**
 * The form-encoded body Kommo POSTs to a hook (application/x-www-form-urlencoded, PHP array keys):
 * `leads[status][0][id]=…&leads[status][0][status_id]=…&…&account[id]=…`. Leads are `leads[…]`,
 * contacts and companies both `contacts[…]` told apart by `type`, tasks `task[…]`. Values are
 * the v2-era names (`date_create`, `last_modified`, `created_user_id`, `modified_user_id`) beside
 * `created_at`/`updated_at`; custom field values are not sent by the simulator.
 */
export function webhookForm(changes: readonly EntityChange[]): URLSearchParams {
  const form = new URLSearchParams();
  const counters = new Map<string, number>();
  for (const change of changes) {
    const group = `${groupOf(change)}[${change.action}]`;
    const index = counters.get(group) ?? 0;
    counters.set(group, index + 1);
    for (const [field, value] of fieldsOf(change)) {
      if (value !== undefined) form.append(`${group}[${index}][${field}]`, value);
    }
  }
  form.append('account[subdomain]', KOMMO_SUBDOMAIN);
  form.append('account[id]', String(KOMMO_ACCOUNT_ID));
  form.append('account[_links][self]', `https://${KOMMO_SUBDOMAIN}.kommo.com`);
  return form;
}

function groupOf(change: EntityChange): string {
  if (change.kind === 'leads') return 'leads';
  if (change.kind === 'tasks') return 'task';
  return 'contacts';
}

type Field = readonly [string, string | undefined];

function fieldsOf(change: EntityChange): Field[] {
  const { record, before } = change;
  const common: Field[] = [
    ['responsible_user_id', text(record, 'responsible_user_id')],
    ['date_create', text(record, 'created_at')],
    ['last_modified', text(record, 'updated_at')],
    ['created_user_id', text(record, 'created_by')],
    ['modified_user_id', text(record, 'updated_by')],
    ['account_id', String(KOMMO_ACCOUNT_ID)],
    ['created_at', text(record, 'created_at')],
    ['updated_at', text(record, 'updated_at')],
  ];
  const old = (field: string): string | undefined => (before === undefined ? undefined : text(before, field));
  const responsible: Field[] =
    change.action === 'responsible' ? [['old_responsible_user_id', old('responsible_user_id')]] : [];
  if (change.kind === 'leads') {
    const status: Field[] =
      change.action === 'status'
        ? [
            ['old_status_id', old('status_id')],
            ['old_pipeline_id', old('pipeline_id')],
          ]
        : [];
    return [
      ['id', text(record, 'id')],
      ['name', text(record, 'name')],
      ['status_id', text(record, 'status_id')],
      ['pipeline_id', text(record, 'pipeline_id')],
      ['price', text(record, 'price')],
      ...status,
      ...responsible,
      ...common,
    ];
  }
  if (change.kind === 'tasks') {
    return [
      ['id', text(record, 'id')],
      ['element_id', text(record, 'entity_id')],
      ['element_type', ELEMENT_TYPES[asString(record['entity_type']) ?? ''] ?? undefined],
      ['task_type', text(record, 'task_type_id')],
      ['text', text(record, 'text')],
      ['status', record['is_completed'] === true ? '1' : '0'],
      ['complete_till', text(record, 'complete_till')],
      ...responsible,
      ...common,
    ];
  }
  return [
    ['id', text(record, 'id')],
    ['name', text(record, 'name')],
    ['type', change.kind === 'companies' ? 'company' : 'contact'],
    ...responsible,
    ...common,
  ];
}

/** `element_type` of the v2 API, which task hooks still use. */
const ELEMENT_TYPES: Readonly<Record<string, string>> = { contacts: '1', leads: '2', companies: '3' };

function text(record: KommoRecord, field: string): string | undefined {
  const value = record[field];
  if (typeof value === 'string') return value;
  const number = asInt(value);
  return number === undefined ? undefined : String(number);
}
