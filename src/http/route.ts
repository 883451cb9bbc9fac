import type { IncomingMessage, ServerResponse } from 'node:http';

/** One HTTP endpoint of the gateway besides GraphQL: `/health`, `/ready`, `/metrics`, webhooks… */
export interface Route {
  /** Exact path, or a pattern for paths with a parameter (e.g. a webhook secret). */
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
}

export function matches(route: Route, pathname: string): boolean {
  return typeof route.path === 'string' ? route.path === pathname : route.path.test(pathname);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
