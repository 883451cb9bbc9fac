/**
 * Rails routing + `InternalController` for `/api/v1/accounts/:account_id/...`: match the route
 * (unknown → Rails 404), parse params (malformed JSON → 400), authenticate (→ 401), run the
 * action; exceptions become Rails' default error page. `account_id` is never looked at.
 */
import type { SimRequest, SimResponse } from '../http';
import { ServerFailure } from './cast';
import { createContact, showContact } from './contact-routes';
import { searchContacts } from './contact-search';
import type { RouteContext, RouteHandler } from './context';
import { createDeal, createEvent, showDeal, updateDeal, upsertDeal } from './deal-routes';
import { requestParams } from './params';
import { railsErrorPage, unauthorized } from './responses';
import { byId } from './store';
import type { WoofedStore } from './types';
import type { ServerZone } from './zone';

interface Route {
  methods: readonly string[];
  /** Segments after the account prefix; `:name` captures one segment. */
  pattern: readonly string[];
  handler: RouteHandler;
}

const route = (methods: string[], path: string, handler: RouteHandler): Route => ({
  methods,
  pattern: path.split('/'),
  handler,
});

/** In `config/routes.rb` order: collection routes before `:id`. */
const ROUTES: readonly Route[] = [
  route(['POST'], 'deals/upsert', upsertDeal),
  route(['POST'], 'deals/:deal_id/events', createEvent),
  route(['GET'], 'deals/:id', showDeal),
  route(['POST'], 'deals', createDeal),
  route(['PATCH', 'PUT'], 'deals/:id', updateDeal),
  route(['GET', 'POST'], 'contacts/search', searchContacts),
  route(['GET'], 'contacts/:id', showContact),
  route(['POST'], 'contacts', createContact),
];

export interface ServerState {
  store: WoofedStore;
  zone: ServerZone;
  now: () => Date;
  token: string;
}

export function dispatch(state: ServerState, req: SimRequest): SimResponse {
  const match = matchRoute(req.method, req.path);
  if (!match) return railsErrorPage(req, 404);
  try {
    const params = requestParams(req);
    const userId = authenticate(state, req);
    if (userId === undefined) return unauthorized();
    const ctx: RouteContext = {
      store: state.store,
      zone: state.zone,
      now: state.now(),
      params,
      path: match.path,
      userId,
      req,
    };
    return match.handler(ctx);
  } catch (error) {
    if (error instanceof ServerFailure) return railsErrorPage(req, error.status);
    throw error;
  }
}

function matchRoute(
  method: string,
  fullPath: string,
): { handler: RouteHandler; path: Record<string, string> } | undefined {
  const prefix = /^\/api\/v1\/accounts\/[^/]+\/(.+?)(?:\.json)?\/?$/.exec(fullPath);
  if (!prefix?.[1]) return undefined;
  const segments = prefix[1].split('/').map(safeDecode);
  for (const candidate of ROUTES) {
    if (!candidate.methods.includes(method) || candidate.pattern.length !== segments.length) continue;
    const path: Record<string, string> = {};
    const ok = candidate.pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        path[part.slice(1)] = segment;
        return segment !== '' && !segment.includes('.');
      }
      return part === segment;
    });
    if (ok) return { handler: candidate.handler, path };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The API takes the LAST space-separated piece of Authorization (any scheme, or none) and
 * needs it to decode to an existing user: here, the configured token and the token user.
 */
function authenticate(state: ServerState, req: SimRequest): number | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const token = header.trim().split(/\s+/).pop();
  if (token !== state.token) return undefined;
  return byId(state.store.users, state.store.token_user_id)?.id;
}
