import { UpstreamNotFoundError } from '../upstream/errors';
import type { UpstreamScope } from '../upstream/scope';
import type { UpstreamResponse, UpstreamTransport } from '../upstream/transport';
import type { WoofedId } from './woofed-id';
import type { WoofedEventBody } from './woofed.types';

/** For a gateway started without WoofedCRM settings: every call fails (masked as INTERNAL_SERVER_ERROR). */
export const unconfiguredWoofedTransport: UpstreamTransport = {
  request: () => Promise.reject(new Error('WoofedCRM is not configured for this gateway')),
};

/**
 * WoofedCRM REST API v1, one method per endpoint, under `/api/v1/accounts/{accountId}`. Returns
 * raw JSON (`unknown`): mappers check it. Ids are `WoofedId`s, validated before they get here.
 * Transport errors (`UpstreamError` subclasses: 401, 404, 422, 5xx, timeouts) propagate unchanged,
 * except that reads by id answer `null` for 404.
 */
export class WoofedClient {
  private readonly prefix: string;

  constructor(
    private readonly transport: UpstreamTransport,
    private readonly accountId: string,
    private readonly scope?: UpstreamScope,
  ) {
    this.prefix = `/api/v1/accounts/${encodeURIComponent(accountId)}`;
  }

  /** The same client, its calls counted and cancelled with one GraphQL operation. */
  withScope(scope: UpstreamScope): WoofedClient {
    return new WoofedClient(this.transport, this.accountId, scope);
  }

  /**
   * `POST /deals/{dealId}/events`: creates one timeline event and answers it (201, without
   * `content`), with its status. Never retried: a timed-out write may have been stored. A missing deal is
   * `UpstreamNotFoundError`; a blank kind is `UpstreamValidationError` (422).
   */
  createDealEvent(dealId: WoofedId, body: WoofedEventBody): Promise<UpstreamResponse> {
    return this.transport.request({ method: 'POST', path: `${this.prefix}/deals/${dealId}/events`, body }, this.scope);
  }

  /** `GET /deals/{id}`: the deal with `contact`, `stage` and `pipeline` objects; `null` when unknown (404). */
  getDeal(id: WoofedId): Promise<unknown> {
    return this.getOne(`${this.prefix}/deals/${id}`);
  }

  /** `GET /contacts/{id}`: the contact with its `deals` and `events` (the only way to read events); `null` on 404. */
  getContact(id: WoofedId): Promise<unknown> {
    return this.getOne(`${this.prefix}/contacts/${id}`);
  }

  /**
   * `GET /contacts/search`: Ransack `query[<attr>_<predicate>]` conditions (ANDed) and a Pagy
   * `page` (ten contacts a page, an empty page past the last). A bad condition is 422.
   */
  async searchContacts(conditions: ReadonlyArray<readonly [string, string]>, page: number): Promise<unknown> {
    const query = [
      ...conditions.map(([key, value]) => [`query[${key}]`, value] as const),
      ['page', String(page)] as const,
    ];
    return (await this.transport.request({ method: 'GET', path: `${this.prefix}/contacts/search`, query }, this.scope))
      .body;
  }

  private async getOne(path: string): Promise<unknown> {
    try {
      return (await this.transport.request({ method: 'GET', path }, this.scope)).body;
    } catch (error) {
      if (error instanceof UpstreamNotFoundError) return null;
      throw error;
    }
  }
}
