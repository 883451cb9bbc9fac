import { randomBytes } from 'node:crypto';
import type { LiveConfig } from '../config';
import type { DemoUpstreams } from './start-demo';

export interface WebhookSecrets {
  kommo: string | undefined;
  woofed: string | undefined;
}

/** The receivers' path secrets; in demo mode a secret left unset is a fresh random one (never logged). */
export function webhookSecrets(live: LiveConfig, demo: boolean): WebhookSecrets {
  const fresh = (): string | undefined => (demo ? randomBytes(24).toString('base64url') : undefined);
  return { kommo: live.kommoWebhookSecret ?? fresh(), woofed: live.woofedWebhookSecret ?? fresh() };
}

/** Settings → Webhooks of the WoofedCRM simulator: the gateway's receiver. */
export function pointWoofedSimulator(demo: DemoUpstreams, gatewayUrl: string, secret: string): void {
  demo.woofed.webhooks.urls.push(`${gatewayUrl}/webhooks/woofed/${encodeURIComponent(secret)}`);
}
