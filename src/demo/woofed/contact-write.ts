/**
 * `Contact.new(contact_params).save`: the phone setter's `+` prefix, e-mail and phone format
 * and uniqueness validations (both optional), NOT NULL columns.
 */
import type { JsonRecord } from '../../lib/decode';
import { castString, isBlank, permit, ServerFailure } from './cast';
import { nextId } from './store';
import type { WoofedContact, WoofedStore } from './types';

export type ContactWriteResult = { ok: true; contact: WoofedContact } | { ok: false; errors: string[] };

/** Devise.email_regexp. */
const EMAIL = /^[^@\s]+@[^@\s]+$/;
/** The model's phone format: anchored at the end only, as upstream. */
const E164_TAIL = /\+[1-9]\d{1,14}$/;

export function createContact(store: WoofedStore, now: Date, params: JsonRecord): ContactWriteResult {
  const permitted = permit(params, ['full_name', 'phone', 'email', 'label_list'], ['custom_attributes']);
  let fullName: string | null = '';
  let phone: string | null = '';
  let email: string | null = '';
  let labels: string[] = [];
  let custom: JsonRecord = {};
  for (const [key, value] of Object.entries(permitted)) {
    if (key === 'full_name') fullName = castString(value);
    else if (key === 'email') email = castString(value);
    else if (key === 'phone') phone = castPhone(value);
    else if (key === 'label_list') labels = parseLabels(value);
    else if (key === 'custom_attributes') custom = structuredClone(value) as JsonRecord;
  }

  const errors: string[] = [];
  if (email !== null && email.trim() !== '') {
    const lower = email.toLowerCase();
    if (store.contacts.some((c) => c.email.toLowerCase() === lower)) errors.push('Email has already been taken');
    if (!EMAIL.test(email)) errors.push('Email is invalid');
  }
  if (phone !== null && phone.trim() !== '') {
    if (store.contacts.some((c) => c.phone === phone)) errors.push('Phone (cell) has already been taken');
    if (!E164_TAIL.test(phone)) errors.push('Phone (cell) must be in e164 format');
  }
  if (errors.length > 0) return { ok: false, errors };
  if (fullName === null || phone === null || email === null) throw new ServerFailure(500, 'PG::NotNullViolation');

  const contact: WoofedContact = {
    id: nextId(store.contacts),
    full_name: fullName,
    phone,
    email,
    custom_attributes: custom,
    additional_attributes: {},
    app_type: null,
    app_id: null,
    created_at: now,
    updated_at: now,
    label_list: labels,
    chatwoot_conversations_label_list: [],
  };
  store.contacts.push(contact);
  return { ok: true, contact };
}

/** `Contact#phone=`: prefixes '+' to a present value; non-strings break `start_with?` (500). */
export function castPhone(value: unknown): string | null {
  if (isBlank(value)) return castString(value);
  if (typeof value !== 'string') throw new ServerFailure(500, "undefined method `start_with?'");
  return value.startsWith('+') ? value : `+${value}`;
}

/** acts-as-taggable-on's list parser: comma-separated, trimmed, unique, blanks dropped. */
function parseLabels(value: unknown): string[] {
  const text = castString(value) ?? '';
  return [
    ...new Set(
      text
        .split(',')
        .map((label) => label.trim())
        .filter((label) => label !== ''),
    ),
  ];
}
