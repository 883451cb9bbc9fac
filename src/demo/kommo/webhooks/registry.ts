import { asInt, isRecord, type JsonRecord } from '../../../lib/decode';
import { KOMMO_ACCOUNT_ID, KOMMO_NOW, USER_IDS } from '../constants';
import { ItemCheck, type ItemError } from '../writes/check';
import { WEBHOOK_SETTINGS } from './settings';

/** A hook as `GET /api/v4/webhooks` lists it. */
export interface KommoWebhook {
  id: number;
  destination: string;
  created_at: number;
  updated_at: number;
  account_id: number;
  created_by: number;
  sort: number;
  disabled: boolean;
  settings: string[];
}

export type Subscribed = { hook: KommoWebhook } | { errors: ItemError[] };

/**
 * The hooks of one simulated account. `POST` with a destination already registered replaces its
 * settings (and re-enables it) rather than adding a second hook: INFERRED from the docs' wording
 * ("subscribe") and from integrations that POST on every install. Ids ascend from 1 per simulator.
 */
export class WebhookRegistry {
  private readonly hooks: KommoWebhook[] = [];
  private nextId = 1;

  /** In delivery order: `sort`, then id. */
  list(destination?: string): KommoWebhook[] {
    return this.hooks
      .filter((hook) => destination === undefined || hook.destination === destination)
      .sort((a, b) => a.sort - b.sort || a.id - b.id)
      .map((hook) => ({ ...hook, settings: [...hook.settings] }));
  }

  subscribe(body: unknown): Subscribed {
    const check = new ItemCheck();
    const item: JsonRecord = isRecord(body) ? body : {};
    if (!isRecord(body)) check.type('', 'object');
    const destination = validDestination(check, item['destination']);
    const settings = validSettings(check, item['settings']);
    const sort = item['sort'] === undefined ? 1 : asInt(item['sort']);
    if (sort === undefined) check.type('sort', 'int');
    if (!check.ok || destination === undefined || settings === undefined || sort === undefined)
      return { errors: check.errors };
    const stamp = Math.max(KOMMO_NOW, Math.floor(Date.now() / 1000));
    const existing = this.hooks.find((hook) => hook.destination === destination);
    if (existing !== undefined) {
      Object.assign(existing, { settings, sort, disabled: false, updated_at: stamp });
      return { hook: { ...existing, settings: [...settings] } };
    }
    const hook: KommoWebhook = {
      id: this.nextId++,
      destination,
      created_at: stamp,
      updated_at: stamp,
      account_id: KOMMO_ACCOUNT_ID,
      created_by: USER_IDS.ana,
      sort,
      disabled: false,
      settings,
    };
    this.hooks.push(hook);
    return { hook: { ...hook, settings: [...settings] } };
  }

  /** Removes the destination's hook; false when none was registered. */
  unsubscribe(destination: string): boolean {
    const index = this.hooks.findIndex((hook) => hook.destination === destination);
    if (index < 0) return false;
    this.hooks.splice(index, 1);
    return true;
  }

  /** Kommo turns a hook off after repeated failed deliveries. */
  disable(id: number): void {
    const hook = this.hooks.find((h) => h.id === id);
    if (hook !== undefined) hook.disabled = true;
  }
}

function validDestination(check: ItemCheck, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return check.blank('destination');
  if (typeof value !== 'string') return check.type('destination', 'string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return check.fail('destination', 'InvalidUrl', 'This value is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return check.fail('destination', 'InvalidUrl', 'This value is not a valid URL.');
  return value;
}

function validSettings(check: ItemCheck, value: unknown): string[] | undefined {
  if (value === undefined || value === null) return check.blank('settings');
  if (!Array.isArray(value)) return check.type('settings', 'array');
  if (value.length === 0) return check.blank('settings');
  const settings: string[] = [];
  value.forEach((setting, index) => {
    if (typeof setting === 'string' && WEBHOOK_SETTINGS.has(setting)) {
      if (!settings.includes(setting)) settings.push(setting);
    } else check.notChoice(`settings.${index}`);
  });
  return check.ok ? settings : undefined;
}
