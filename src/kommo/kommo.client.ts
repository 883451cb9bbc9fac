import { asArray, asInt, isRecord, path } from '../lib/decode';
import { UpstreamBadResponseError, UpstreamNotFoundError } from '../upstream/errors';
import type { UpstreamScope } from '../upstream/scope';
import type { UpstreamResponse, UpstreamTransport } from '../upstream/transport';
import type { SharedRecords } from '../stores/shared-records';
import { idChunks } from './query-pairs';

export type QueryPairs = Array<readonly [string, string]>;

/** One page of a Kommo list: raw rows (unchecked) and whether Kommo may have more. */
export interface KommoPage {
  items: unknown[];
  hasNext: boolean;
}

export type NoteEntityPath = 'leads' | 'contacts' | 'companies' | 'customers';
export type RecordPath = 'leads' | 'contacts' | 'companies' | 'tasks';
export type CustomFieldEntityPath = 'leads' | 'contacts' | 'companies' | 'customers';
/** Tag ids are per entity type; Ponte writes tags on these three. */
export type TagEntityPath = 'leads' | 'contacts' | 'companies';

/** Kommo's documented maximum page size for entity lists. */
export const KOMMO_LIST_LIMIT = 250;
/** Events: Kommo's docs disagree (100 vs 250); live clients pin 100, so we never ask for more. */
export const KOMMO_EVENTS_LIMIT = 100;
/**
 * What each record read asks Kommo to embed: a lead's contact ids and its loss reason, a contact's
 * lead ids, a company's lead and contact ids. Company ids come without asking.
 */
export const RECORD_WITH: Readonly<Record<RecordPath, string | undefined>> = {
  leads: 'contacts,loss_reason',
  contacts: 'leads',
  companies: 'leads,contacts',
  tasks: undefined,
};
/** Stops a runaway reference-data walk (250 × 40 = 10,000 rows). */
const MAX_REFERENCE_PAGES = 40;

/**
 * Kommo API v4, one method per endpoint. Returns raw rows (`unknown`): mappers check them.
 * Lists answer an empty page for HTTP 204; by-id reads answer `null` for 204 and 404.
 * Transport errors (`UpstreamError` subclasses) propagate unchanged.
 */
export class KommoClient {
  constructor(
    private readonly transport: UpstreamTransport,
    private readonly scope?: UpstreamScope,
    private readonly shared?: SharedRecords,
  ) {}

  /** The same client, its calls counted and cancelled with one GraphQL operation. */
  withScope(scope: UpstreamScope): KommoClient {
    return new KommoClient(this.transport, scope, this.shared);
  }

  /** The same client, reading records by id through `shared` (kept while webhooks flow). */
  withSharedRecords(shared: SharedRecords): KommoClient {
    return new KommoClient(this.transport, this.scope, shared);
  }

  /** `GET /api/v4/events` with filter pairs already built (see `buildEventQuery`). */
  listEvents(query: QueryPairs): Promise<KommoPage> {
    return this.list('/api/v4/events', 'events', query);
  }

  /** `GET /api/v4/events/{id}`; `null` when Kommo does not know it. */
  getEvent(id: string): Promise<unknown> {
    // Event ids are not numeric, so the route template for metrics and spans is named here.
    return this.getOne(`/api/v4/events/${encodeURIComponent(id)}`, '/api/v4/events/{id}');
  }

  /** Every user of the account (admin token required, else 403). */
  listUsers(): Promise<unknown[]> {
    return this.listAll('/api/v4/users', 'users', []);
  }

  /** Every lead pipeline with `_embedded.statuses`. */
  async listPipelines(): Promise<unknown[]> {
    return (await this.list('/api/v4/leads/pipelines', 'pipelines', [])).items;
  }

  /** Task types live on the account: `GET /api/v4/account?with=task_types`. */
  async listTaskTypes(): Promise<unknown[]> {
    const response = await this.get('/api/v4/account', [['with', 'task_types']]);
    return asArray(path(response.body, '_embedded', 'task_types')) ?? [];
  }

  /** Custom-field definitions of one entity type, all pages. */
  listCustomFields(entity: CustomFieldEntityPath): Promise<unknown[]> {
    return this.listAll(`/api/v4/${entity}/custom_fields`, 'custom_fields', []);
  }

  /** Notes of one entity type by note id (see `byIds` for the calls). */
  listNotesByIds(entity: NoteEntityPath, ids: readonly string[]): Promise<unknown[]> {
    return this.byIds(ids, [], (query) => this.list(`/api/v4/${entity}/notes`, 'notes', query));
  }

  /** Tags of one entity type by tag id (`GET /api/v4/{entity}/tags`; see `byIds` for the calls). */
  listTagsByIds(entity: TagEntityPath, ids: readonly string[]): Promise<unknown[]> {
    return this.byIds(ids, [], (query) => this.list(`/api/v4/${entity}/tags`, 'tags', query));
  }

  /**
   * Leads, contacts, companies or tasks by id: `filter[id][]=…&limit=250`, plus `with` (see
   * `listRecords` and `byIds`). Records another request read may come from the shared records
   * instead (only while webhooks flow: Kommo sends a hook for every change of all four, see
   * `KOMMO_WEBHOOK_SETTINGS`), and then only the others are asked for.
   */
  listByIds(entity: RecordPath, ids: readonly string[]): Promise<unknown[]> {
    const links = RECORD_WITH[entity];
    const fetch = (some: readonly string[]) =>
      this.byIds(some, links === undefined ? [] : [['with', links]], (query) => this.listRecords(entity, query));
    return this.shared === undefined ? fetch(ids) : this.shared.read(entity, ids, fetch);
  }

  /**
   * One page of leads, contacts, companies or tasks; `query` carries filters, order, page and
   * limit (see `entities/entity-query.ts`). Appends the `with` that makes Kommo embed link ids
   * (`RECORD_WITH`). 204 (no match, or a page past the end) is an empty page.
   */
  listRecords(entity: RecordPath, query: QueryPairs): Promise<KommoPage> {
    const links = RECORD_WITH[entity];
    return this.list(`/api/v4/${entity}`, entity, links === undefined ? query : [...query, ['with', links]]);
  }

  /** Every loss reason of the account (`GET /api/v4/leads/loss_reasons`, all pages). */
  listLossReasons(): Promise<unknown[]> {
    return this.listAll('/api/v4/leads/loss_reasons', 'loss_reasons', []);
  }

  /**
   * `POST /api/v4/{entity}`: one batch of new records (a JSON array, ≤ 250 rows, see `kommo/writes`).
   * Returns the status and the raw body. The transport never retries it: a write that timed out may have happened.
   */
  createRecords(entity: RecordPath, rows: readonly unknown[]): Promise<UpstreamResponse> {
    return this.transport.request({ method: 'POST', path: `/api/v4/${entity}`, body: rows }, this.scope);
  }

  /** `PATCH /api/v4/{entity}/{id}` with one object; returns the status and the raw `{id, updated_at}` body. Never retried. */
  updateRecord(entity: RecordPath, id: string, row: unknown): Promise<UpstreamResponse> {
    return this.transport.request(
      { method: 'PATCH', path: `/api/v4/${entity}/${encodeURIComponent(id)}`, body: row },
      this.scope,
    );
  }

  /**
   * `GET /api/v4/webhooks`: the account's hooks (`{_embedded: {webhooks: [...]}}`; admin tokens
   * only). Unfiltered on purpose: a destination carries a secret, and query strings reach logs.
   */
  async listWebhooks(): Promise<unknown> {
    return (await this.get('/api/v4/webhooks', [], '/api/v4/webhooks')).body;
  }

  /** `POST /api/v4/webhooks` `{destination, settings}`: subscribes (or re-subscribes) a destination. Never retried. */
  async subscribeWebhook(destination: string, settings: readonly string[]): Promise<unknown> {
    return (
      await this.transport.request(
        { method: 'POST', path: '/api/v4/webhooks', body: { destination, settings } },
        this.scope,
      )
    ).body;
  }

  private async get(pathname: string, query: QueryPairs, route?: string): Promise<UpstreamResponse> {
    return this.transport.request(
      { method: 'GET', path: pathname, query, ...(route === undefined ? {} : { route }) },
      this.scope,
    );
  }

  private async getOne(pathname: string, route: string): Promise<unknown> {
    try {
      return (await this.get(pathname, [], route)).body;
    } catch (error) {
      if (error instanceof UpstreamNotFoundError) return null;
      throw error;
    }
  }

  /**
   * `filter[id][]` reads of any number of ids: one call per batch of ≤ 250 ids that keeps the
   * query (with what `read` appends, `appended`) within `MAX_QUERY_LENGTH`, sent together (the
   * transport's budget paces them). Each batch fits one page, so the rows are complete.
   */
  private async byIds(
    ids: readonly string[],
    appended: QueryPairs,
    read: (query: QueryPairs) => Promise<KommoPage>,
  ): Promise<unknown[]> {
    const limit = ['limit', String(KOMMO_LIST_LIMIT)] as const;
    const chunks = idChunks('filter[id][]', ids, [limit, ...appended], KOMMO_LIST_LIMIT);
    const pages = await Promise.all(
      chunks.map((chunk) => read([...chunk.map((id) => ['filter[id][]', id] as const), limit])),
    );
    return pages.flatMap((page) => page.items);
  }

  /** One page of an entity list (leads, contacts, companies, tasks, events, notes, tags). */
  private async list(pathname: string, key: string, query: QueryPairs): Promise<KommoPage> {
    const page = await this.page(pathname, key, query);
    const limit = Number(query.find(([name]) => name === 'limit')?.[1] ?? 50);
    // Kommo emits `next` even on the last page; fewer rows than the limit proves there is no more.
    return { items: page.items, hasNext: page.next && page.items.length >= limit };
  }

  /**
   * Every page of a reference list (users, custom fields, loss reasons). Unlike the entity lists,
   * a short page proves nothing here: Kommo may serve custom fields 50 to a page whatever the
   * `limit` (reference §2.1). So it pages on while there is a `next` link and, when Kommo counts
   * (`_page`, `_page_count`), the count says more pages exist; without counts, while pages are
   * non-empty. A 204 ends the walk.
   */
  private async listAll(pathname: string, key: string, query: QueryPairs): Promise<unknown[]> {
    const rows: unknown[] = [];
    for (let page = 1; page <= MAX_REFERENCE_PAGES; page += 1) {
      const result = await this.page(pathname, key, [
        ...query,
        ['page', String(page)],
        ['limit', String(KOMMO_LIST_LIMIT)],
      ]);
      rows.push(...result.items);
      const more =
        result.number !== undefined && result.count !== undefined
          ? result.number < result.count
          : result.items.length > 0;
      if (!result.next || !more) break;
    }
    return rows;
  }

  /** A HAL list page: its rows, whether it links `next`, and Kommo's `_page` / `_page_count` when given. 204 is an empty page. */
  private async page(
    pathname: string,
    key: string,
    query: QueryPairs,
  ): Promise<{ items: unknown[]; next: boolean; number?: number; count?: number }> {
    const response = await this.get(pathname, query);
    if (response.body === null) return { items: [], next: false };
    const items = asArray(path(response.body, '_embedded', key));
    if (items === undefined)
      throw new UpstreamBadResponseError('kommo', response.status, 'not of the documented shape');
    const next = isRecord(path(response.body, '_links', 'next'));
    const number = asInt(path(response.body, '_page'));
    const count = asInt(path(response.body, '_page_count'));
    return { items, next, ...(number === undefined ? {} : { number }), ...(count === undefined ? {} : { count }) };
  }
}
