/**
 * The upstream error taxonomy. The transport throws only these; one mapper upstairs turns
 * `kind` into a GraphQL error code. Every `message` is safe to show to users: it names the
 * upstream and the HTTP status, never a token, a URL or a raw body.
 */
export type UpstreamName = 'kommo' | 'woofed';

export type UpstreamErrorKind =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'BAD_RESPONSE';

/** One complaint of the upstream about the request, with its own (user-meaningful) wording. */
export interface ValidationProblem {
  /** Kommo batch item index (`request_id`), when the upstream says which item failed. */
  requestId?: string;
  /** Field path as the upstream spells it, e.g. `custom_fields_values.0.field_id` or `phone`. */
  path?: string;
  code?: string;
  detail: string;
}

const DISPLAY_NAMES: Record<UpstreamName, string> = { kommo: 'Kommo', woofed: 'WoofedCRM' };

export function upstreamDisplayName(upstream: UpstreamName): string {
  return DISPLAY_NAMES[upstream];
}

export abstract class UpstreamError extends Error {
  abstract readonly kind: UpstreamErrorKind;
  readonly upstream: UpstreamName;
  /** Upstream HTTP status; `undefined` for timeouts and connection errors. */
  readonly status: number | undefined;
  /** A write that failed this way may have been stored (see `failedWrite`): `extensions.outcomeUnknown`. */
  outcomeUnknown = false;

  protected constructor(upstream: UpstreamName, status: number | undefined, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.upstream = upstream;
    this.status = status;
  }
}

/** 401: the token is missing, expired or revoked. */
export class UpstreamAuthError extends UpstreamError {
  readonly kind = 'UNAUTHENTICATED';
  constructor(upstream: UpstreamName, status = 401) {
    super(upstream, status, `${upstreamDisplayName(upstream)} rejected the credentials (HTTP ${status})`);
  }
}

/** 402 (Kommo subscription ended) or 403 (no permission, or Kommo's ban after rate-limit abuse). */
export class UpstreamForbiddenError extends UpstreamError {
  readonly kind = 'FORBIDDEN';
  /** True when a 403 came as an HTML page: Kommo's nginx ban. Every further call will fail too. */
  readonly banned: boolean;
  constructor(upstream: UpstreamName, status: number, options: { banned: boolean }) {
    const name = upstreamDisplayName(upstream);
    super(upstream, status, forbiddenMessage(name, status, options.banned));
    this.banned = options.banned;
  }
}

function forbiddenMessage(name: string, status: number, banned: boolean): string {
  if (banned) return `${name} has blocked this client (HTTP ${status} ban page)`;
  if (status === 402) return `${name} refused the request: payment required (HTTP 402)`;
  return `${name} denied access (HTTP ${status})`;
}

/** 404. Clients that look records up by id usually turn this into `null`. */
export class UpstreamNotFoundError extends UpstreamError {
  readonly kind = 'NOT_FOUND';
  constructor(upstream: UpstreamName, status = 404) {
    super(upstream, status, `${upstreamDisplayName(upstream)} found no such resource (HTTP ${status})`);
  }
}

const MAX_DETAILS_IN_MESSAGE = 300;

/** 400 or 422. `problems` is never empty and keeps the upstream's own wording. */
export class UpstreamValidationError extends UpstreamError {
  readonly kind = 'VALIDATION';
  readonly problems: ValidationProblem[];
  constructor(upstream: UpstreamName, status: number, problems: ValidationProblem[]) {
    const details = problems.map((p) => (p.path ? `${p.path}: ${p.detail}` : p.detail)).join('; ');
    const shown = details.length > MAX_DETAILS_IN_MESSAGE ? `${details.slice(0, MAX_DETAILS_IN_MESSAGE)}…` : details;
    super(upstream, status, `${upstreamDisplayName(upstream)} rejected the request (HTTP ${status}): ${shown}`);
    this.problems = problems;
  }
}

/** 429. `retryAfterMs` is set only when the upstream said how long to wait. */
export class UpstreamRateLimitedError extends UpstreamError {
  readonly kind = 'RATE_LIMITED';
  readonly retryAfterMs: number | undefined;
  constructor(upstream: UpstreamName, retryAfterMs?: number) {
    const hint = retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`;
    super(upstream, 429, `${upstreamDisplayName(upstream)} rate limit exceeded (HTTP 429${hint})`);
    this.retryAfterMs = retryAfterMs;
  }
}

export type UnavailableCause =
  | { status: number }
  | { timeoutMs: number }
  /** `code` is a network error code such as ECONNREFUSED; `error` becomes `cause`. */
  | { code: string; error: unknown };

/** 5xx, a timeout, or no connection at all. */
export class UpstreamUnavailableError extends UpstreamError {
  readonly kind = 'UNAVAILABLE';
  readonly timedOut: boolean;
  /** The network error code (e.g. ECONNREFUSED, UND_ERR_SOCKET) when no HTTP answer came. */
  readonly networkCode: string | undefined;
  constructor(upstream: UpstreamName, cause: UnavailableCause) {
    const name = upstreamDisplayName(upstream);
    if ('status' in cause) {
      super(upstream, cause.status, `${name} is unavailable (HTTP ${cause.status})`);
    } else if ('timeoutMs' in cause) {
      super(upstream, undefined, `${name} timed out after ${cause.timeoutMs} ms`);
    } else {
      super(upstream, undefined, `${name} is unreachable (${cause.code})`, cause.error);
    }
    this.timedOut = 'timeoutMs' in cause;
    this.networkCode = 'code' in cause ? cause.code : undefined;
  }

  /**
   * True when a write may have been stored although it did not succeed: a timeout, a connection
   * lost mid-request, or a 5xx (a proxy's 502/504, or an error raised after the record was
   * committed). A refused connection or a failed DNS lookup never sent anything.
   */
  get mayHaveBeenProcessed(): boolean {
    if (this.timedOut || this.status !== undefined) return true;
    return this.networkCode !== undefined && !['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(this.networkCode);
  }
}

export type BadResponseReason = 'unexpected status' | 'not JSON' | 'malformed JSON' | 'not of the documented shape';

/** The upstream answered, but not in a way we can use: 3xx, 405, other 4xx, or a success that is not JSON. */
export class UpstreamBadResponseError extends UpstreamError {
  readonly kind = 'BAD_RESPONSE';
  readonly reason: BadResponseReason;
  constructor(upstream: UpstreamName, status: number, reason: BadResponseReason) {
    const what = reason === 'unexpected status' ? 'an unexpected status' : `a body that is ${reason}`;
    super(upstream, status, `${upstreamDisplayName(upstream)} answered with ${what} (HTTP ${status})`);
    this.reason = reason;
  }
}

/**
 * `error` as the failure of a write: its outcome is unknown when the write may have been stored
 * (a timeout, a connection lost mid-request, a 5xx) or was answered with a success Ponte could not
 * read. Any other failure is a refusal: nothing was written.
 */
export function failedWrite<E extends UpstreamError>(error: E): E {
  if (error instanceof UpstreamUnavailableError) error.outcomeUnknown = error.mayHaveBeenProcessed;
  else if (error instanceof UpstreamBadResponseError) error.outcomeUnknown = isSuccess(error.status);
  return error;
}

function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status <= 299;
}
