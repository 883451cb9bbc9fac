import type { KommoSimulator } from '../../../src/demo/kommo';

export interface WriteReply {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** Sends a JSON write to the simulator; a string body is sent as is. */
export async function send(
  sim: KommoSimulator,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
): Promise<WriteReply> {
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: text ? JSON.parse(text) : undefined,
  };
}

/** A Kommo 400 `validation-errors` body. */
export function validationBody(
  entries: Array<{ request_id: string; errors: Array<{ code: string; path: string; detail: string }> }>,
): unknown {
  return {
    'validation-errors': entries,
    title: 'Bad Request',
    type: 'https://httpstatus.es/400',
    status: 400,
    detail: 'Request validation failed',
  };
}

export const NOT_A_CHOICE = 'The value you selected is not a valid choice.';
export const NOT_BLANK = 'This value should not be blank.';
