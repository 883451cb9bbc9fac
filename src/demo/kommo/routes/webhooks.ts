import type { SimResponse } from '../../http';
import { hal, noContent, problem, problemBody, PROBLEM_JSON } from '../responses';
import { child, firstOf } from '../query/tree';
import type { RouteHandler } from './context';

/**
 * `/api/v4/webhooks` (Kommo "Webhooks API"; admin tokens only upstream, every token here):
 * `GET` lists the hooks (`filter[destination]` exact), `POST {destination, settings, sort?}`
 * subscribes (201, the hook), `DELETE {destination}` unsubscribes (204; an unknown destination is
 * 404, INFERRED).
 */

export const listWebhooks: RouteHandler = (ctx) => {
  const destination = firstOf(child(ctx.tree, 'filter', 'destination'));
  const hooks = ctx.webhooks.registry.list(destination);
  return hal({ _total_items: hooks.length, _embedded: { webhooks: hooks } });
};

export const addWebhook: RouteHandler = (ctx) => {
  const body = jsonBody(ctx.req.body);
  if ('refused' in body) return body.refused;
  const result = ctx.webhooks.registry.subscribe(body.value);
  if ('errors' in result) {
    return {
      status: 400,
      json: {
        'validation-errors': [{ request_id: '0', errors: result.errors }],
        ...problemBody(400, 'Request validation failed'),
      },
      contentType: PROBLEM_JSON,
    };
  }
  return { ...hal(result.hook), status: 201 };
};

export const deleteWebhook: RouteHandler = (ctx) => {
  const body = jsonBody(ctx.req.body);
  if ('refused' in body) return body.refused;
  const destination = (body.value as { destination?: unknown } | null)?.destination;
  if (typeof destination !== 'string' || destination === '') {
    return problem(400, 'Request validation failed', {
      'validation-errors': [
        {
          request_id: '0',
          errors: [{ code: 'NotBlank', path: 'destination', detail: 'This value should not be blank.' }],
        },
      ],
    });
  }
  return ctx.webhooks.registry.unsubscribe(destination) ? noContent() : problem(404, 'Webhook not found');
};

function jsonBody(text: string): { value: unknown } | { refused: SimResponse } {
  if (text.trim() === '') return { refused: problem(400, 'Request data can not be empty') };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { refused: problem(400, 'Request body is not valid JSON') };
  }
}
