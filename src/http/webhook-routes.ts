import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordsNamedBy } from '../kommo/webhooks/webhook-form';
import type { LiveHub } from '../live/live-hub';
import { timelineEventOf } from '../woofed/webhooks/webhook-body';
import { readBody } from './body';
import { sendJson, type Route } from './route';

/** The secrets in the webhook paths (`KOMMO_WEBHOOK_SECRET`, `WOOFED_WEBHOOK_SECRET`); unset turns a receiver off. */
export interface WebhookSecrets {
  kommoSecret?: string | undefined;
  woofedSecret?: string | undefined;
}

const NOT_FOUND = { error: 'Not found: GraphQL is served at /graphql' };

/**
 * `POST /webhooks/kommo/{secret}` and `POST /webhooks/woofed/{secret}`: a wrong secret is the
 * same 404 as any unknown path and does nothing; a right one is answered 200 at once, and the
 * live hub does the rest in the background. The secret is never logged (server.ts logs the pattern).
 */
export function webhookRoutes(secrets: WebhookSecrets, hub: LiveHub): Route[] {
  const routes: Route[] = [];
  if (secrets.kommoSecret !== undefined && secrets.kommoSecret !== '')
    routes.push(
      receiver(/^\/webhooks\/kommo\/[^/]+$/, secrets.kommoSecret, (body) => hub.kommoWebhook(recordsNamedBy(body))),
    );
  if (secrets.woofedSecret !== undefined && secrets.woofedSecret !== '')
    routes.push(
      receiver(/^\/webhooks\/woofed\/[^/]+$/, secrets.woofedSecret, (body) => {
        const event = timelineEventOf(body);
        if (event !== undefined) void hub.woofedEvent(event);
      }),
    );
  return routes;
}

function receiver(path: RegExp, secret: string, take: (body: string) => void): Route {
  const expected = Buffer.from(secret);
  return {
    path,
    async handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      const given = Buffer.from(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
      if (given.length !== expected.length || !timingSafeEqual(given, expected) || req.method !== 'POST') {
        req.resume();
        sendJson(res, 404, NOT_FOUND);
        return;
      }
      const body = await readBody(req);
      if (body === undefined) {
        sendJson(res, 413, { error: 'Request body too large' });
        return;
      }
      sendJson(res, 200, { ok: true });
      take(body);
    },
  };
}
