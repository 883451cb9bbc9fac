/** What every route handler gets: the store, the clock reading for this request, and params. */
import type { JsonRecord } from '../../lib/decode';
import type { SimRequest, SimResponse } from '../http';
import type { WoofedStore } from './types';
import type { ServerZone } from './zone';

export interface RouteContext {
  store: WoofedStore;
  zone: ServerZone;
  /** One clock reading per request, as Rails' `Time.current` within a request. */
  now: Date;
  /** Query string merged with the parsed body (Rails `params`, minus path parameters). */
  params: JsonRecord;
  /** Path segments named in the route, e.g. `{ deal_id: '7' }`. */
  path: Record<string, string>;
  /** The user the token belongs to. */
  userId: number;
  req: SimRequest;
}

export type RouteHandler = (ctx: RouteContext) => SimResponse;
