import { GraphQLError } from 'graphql';
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../error-codes';

/**
 * A request the edge turns away (CONTRACT §4, last paragraph): an HTTP status and one error with
 * its code. Nothing has been executed and nothing sent upstream.
 */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
  headers?: Readonly<Record<string, string>>;
}

/** Answers a refusal made before Apollo saw the request (credentials, CSRF, persisted operations). */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  const body = { errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } }] };
  res.writeHead(refusal.status, { ...refusal.headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The same refusal from inside Apollo's pipeline (after parsing): Apollo takes the status from `extensions.http`. */
export function refusalError(refusal: Refusal): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: { code: refusal.code, ...refusal.extensions, http: { status: refusal.status } },
  });
}
