import type { SimRequest, SimResponse } from '../../http';
import { parseQueryTree } from '../query/tree';
import type { KommoEntityKind } from '../records';
import { problem, routeNotFound } from '../responses';
import type { KommoStore } from '../store';
import { account } from './account';
import { withValues, type RouteHandler } from './context';
import { entityById, listEntities, listTasks, taskById } from './entities';
import { eventById, eventTypes, listEvents } from './events';
import { listNotes, noteById } from './notes';
import { listPipelines, listStatuses, pipelineById, statusById } from './pipelines';
import { customFieldById, listCustomFields, listLossReasons, listUsers, lossReasonById, userById } from './reference';
import { listTags } from './tags';
import { addWebhook, deleteWebhook, listWebhooks } from './webhooks';
import { createEntities, updateEntities, updateEntity } from './writes';
import type { KommoWebhooks } from '../webhooks';

/**
 * The route table: reads, and the entity writes (`POST`/`PATCH`, see `./writes`)
 * (a path that exists for another method answers 405, an unknown path 404 "Cannot GET <url>").
 */
interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

const KINDS: readonly KommoEntityKind[] = ['leads', 'contacts', 'companies'];

const ROUTES: readonly Route[] = [
  get(/^\/api\/v4\/events\/types$/, eventTypes),
  get(/^\/api\/v4\/events$/, listEvents),
  get(/^\/api\/v4\/events\/([0-9a-z]+)$/, eventById),
  get(/^\/api\/v4\/users$/, listUsers),
  get(/^\/api\/v4\/users\/(\d+)$/, userById),
  get(/^\/api\/v4\/account$/, account),
  get(/^\/api\/v4\/leads\/pipelines$/, listPipelines),
  get(/^\/api\/v4\/leads\/pipelines\/(\d+)$/, pipelineById),
  get(/^\/api\/v4\/leads\/pipelines\/(\d+)\/statuses$/, listStatuses),
  get(/^\/api\/v4\/leads\/pipelines\/(\d+)\/statuses\/(\d+)$/, statusById),
  get(/^\/api\/v4\/leads\/loss_reasons$/, listLossReasons),
  get(/^\/api\/v4\/leads\/loss_reasons\/(\d+)$/, lossReasonById),
  ...KINDS.flatMap((kind) => [
    get(new RegExp(`^/api/v4/${kind}/custom_fields$`), listCustomFields(kind)),
    get(new RegExp(`^/api/v4/${kind}/custom_fields/(\\d+)$`), customFieldById(kind)),
    get(new RegExp(`^/api/v4/${kind}/tags$`), listTags(kind)),
    get(new RegExp(`^/api/v4/${kind}/notes$`), listNotes(kind, false)),
    get(new RegExp(`^/api/v4/${kind}/notes/(\\d+)$`), noteById(kind, false)),
    get(new RegExp(`^/api/v4/${kind}/(\\d+)/notes$`), listNotes(kind, true)),
    get(new RegExp(`^/api/v4/${kind}/(\\d+)/notes/(\\d+)$`), noteById(kind, true)),
    get(new RegExp(`^/api/v4/${kind}$`), listEntities(kind)),
    get(new RegExp(`^/api/v4/${kind}/(\\d+)$`), entityById(kind)),
  ]),
  get(/^\/api\/v4\/webhooks$/, listWebhooks),
  { method: 'POST', pattern: /^\/api\/v4\/webhooks$/, handler: addWebhook },
  { method: 'DELETE', pattern: /^\/api\/v4\/webhooks$/, handler: deleteWebhook },
  get(/^\/api\/v4\/tasks$/, listTasks),
  get(/^\/api\/v4\/tasks\/(\d+)$/, taskById),
  ...(['leads', 'contacts', 'companies', 'tasks'] as const).flatMap((kind) => [
    { method: 'POST', pattern: new RegExp(`^/api/v4/${kind}$`), handler: createEntities(kind) },
    { method: 'PATCH', pattern: new RegExp(`^/api/v4/${kind}$`), handler: updateEntities(kind) },
    { method: 'PATCH', pattern: new RegExp(`^/api/v4/${kind}/(\\d+)$`), handler: updateEntity(kind) },
  ]),
];

function get(pattern: RegExp, handler: RouteHandler): Route {
  return { method: 'GET', pattern, handler };
}

export interface RouterOptions {
  store: () => KommoStore;
  origin: () => string;
  eventsPageLimit: number;
  webhooks: KommoWebhooks;
}

/** Dispatches an authenticated, admitted request. */
export function createRouter(options: RouterOptions): (req: SimRequest) => SimResponse {
  return (req) => {
    const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
    let pathExists = false;
    for (const route of ROUTES) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathExists = true;
      if (route.method !== req.method) continue;
      const tree = parseQueryTree(req.query);
      return route.handler({
        req: { ...req, path },
        store: options.store(),
        origin: options.origin(),
        tree,
        withSet: withValues(tree),
        params: match.slice(1).map((capture) => capture ?? ''),
        eventsPageLimit: options.eventsPageLimit,
        webhooks: options.webhooks,
      });
    }
    if (pathExists) return problem(405, 'Method Not Allowed');
    const query = req.query.toString();
    return routeNotFound(req.method, `${options.origin()}${req.path}${query ? `?${query}` : ''}`);
  };
}
