import { asArray, asString, isRecord, path } from '../lib/decode';
import type { Logger } from '../logger';
import { UpstreamError } from '../upstream/errors';
import type { KommoClient } from './kommo.client';

/**
 * Every Kommo hook action Ponte turns into events: leads, contacts, companies and tasks added,
 * changed, moved, reassigned, deleted, restored or noted. Kommo sends only what a hook subscribes to.
 */
export const KOMMO_WEBHOOK_SETTINGS: readonly string[] = [
  ...['lead', 'contact', 'company'].flatMap((entity) =>
    ['add', 'update', 'delete', 'restore', 'responsible', 'note'].map((action) => `${action}_${entity}`),
  ),
  'status_lead',
  'add_task',
  'update_task',
  'delete_task',
  'responsible_task',
];

export type RegistrationOutcome = 'registered' | 'unchanged' | 'failed';

/** Where Kommo must POST: the receiver under `PUBLIC_URL`. */
export function kommoWebhookDestination(publicUrl: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/webhooks/kommo/${encodeURIComponent(secret)}`;
}

/**
 * Registers Ponte's Kommo hook idempotently: reads the hooks (one call) and subscribes (a second
 * call) only when the destination is missing, disabled, or subscribed to other actions. A failure
 * is logged, without the destination (it carries the secret), and answered as `failed`: the boot
 * goes on, and the polling fallback keeps subscriptions alive.
 */
export async function registerKommoWebhook(
  client: KommoClient,
  destination: string,
  logger: Logger,
): Promise<RegistrationOutcome> {
  try {
    const existing = findHook(await client.listWebhooks(), destination);
    if (existing !== undefined && !existing.disabled && sameSettings(existing.settings, KOMMO_WEBHOOK_SETTINGS)) {
      logger.info('Kommo webhook already registered', { settings: KOMMO_WEBHOOK_SETTINGS.length });
      return 'unchanged';
    }
    await client.subscribeWebhook(destination, KOMMO_WEBHOOK_SETTINGS);
    logger.info('Kommo webhook registered', {
      settings: KOMMO_WEBHOOK_SETTINGS.length,
      replaced: existing !== undefined,
    });
    return 'registered';
  } catch (error) {
    logger.warn('Kommo webhook registration failed; subscriptions will poll Kommo events instead', {
      error: error instanceof UpstreamError ? error.kind : 'unexpected',
      status: error instanceof UpstreamError ? error.status : undefined,
    });
    return 'failed';
  }
}

interface ListedHook {
  disabled: boolean;
  settings: string[];
}

function findHook(body: unknown, destination: string): ListedHook | undefined {
  for (const hook of asArray(path(body, '_embedded', 'webhooks')) ?? []) {
    if (!isRecord(hook) || hook['destination'] !== destination) continue;
    const settings = (asArray(hook['settings']) ?? []).flatMap((s) => asString(s) ?? []);
    return { disabled: hook['disabled'] === true, settings };
  }
  return undefined;
}

function sameSettings(actual: readonly string[], wanted: readonly string[]): boolean {
  return actual.length === wanted.length && wanted.every((setting) => actual.includes(setting));
}
