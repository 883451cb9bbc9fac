import type { Redis } from 'ioredis';
import type { UpstreamName } from '../../upstream/errors';
import type { AccountBudget, ReleaseSlot } from '../../upstream/rate-budget';
import { ClientGoneError } from '../../upstream/scope';
import { SharedStateUnavailableError } from '../shared-state-error';
import { blockError, blockKindOf } from './budget-block';
import {
  BLOCK,
  parsePumpReply,
  PENALIZE,
  PUMP,
  PUMP_KEYS,
  RELEASE,
  WITHDRAW,
  type BudgetKeys,
  type PumpReply,
} from './budget.lua';
import { runScript, type LuaScript } from './scripts';

export interface RedisBudgetOptions {
  redis: Redis;
  keys: BudgetKeys;
  /** Where replicas tell each other that the queue moved (grants, releases, departures, blocks). */
  channel: string;
  limit: number;
  windowMs: number;
  /**
   * How long a slot counts as in flight when its replica never says the response began: it crashed.
   * At least one attempt's timeout plus a window, so a live replica's attempt never outlasts it.
   */
  inflightLeaseMs: number;
  /** How long a queued ticket lives unless its replica refreshes it (every pump). @default 2000 */
  waiterLeaseMs?: number;
  /** While callers wait, the queue is looked at least this often, notices or not. @default 200 */
  pollMs?: number;
  /** Named in the errors of calls that cannot be sent. @default 'kommo' */
  upstream?: UpstreamName;
}

interface Waiter {
  ticket: string | undefined;
  resolve: (release: ReleaseSlot) => void;
  reject: (error: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * One Kommo account's request budget, shared by every replica through Redis. The rule is
 * `RequestBudget`'s: a slot is held from its start until one window after the response began, and a
 * start happens only while fewer than `limit` slots are held. Here the slots live in Redis, timed by
 * Redis's clock, and each operation on them is one Lua script, so replicas never race.
 *
 * Fair queueing: every waiting caller holds a ticket from one shared counter, and the shared queue
 * is served in ticket order, whichever replica a ticket belongs to (see `PUMP`). Each replica keeps
 * its own waiters in ticket order and asks for grants in one script call for all of them ("a pump"):
 * when one arrives, when another replica says the queue moved (pub/sub), when the next held slot
 * frees, and at least every `pollMs` while anyone waits (which also renews its tickets' leases).
 *
 * A crashed replica's slots and tickets expire with their leases. When Redis cannot be reached,
 * waiting and new callers fail with `SharedStateUnavailableError` (UPSTREAM_UNAVAILABLE): the limit
 * cannot be kept without the shared state, so nothing is sent.
 */
export class RedisBudget implements AccountBudget {
  private readonly waiters: Waiter[] = [];
  private readonly waiterLeaseMs: number;
  private readonly pollMs: number;
  private readonly upstream: UpstreamName;
  private epoch = '';
  private pumping = false;
  private pumpAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: RedisBudgetOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`request budget limit must be a positive integer, got ${options.limit}`);
    }
    this.waiterLeaseMs = options.waiterLeaseMs ?? 2000;
    this.pollMs = options.pollMs ?? 200;
    this.upstream = options.upstream ?? 'kommo';
  }

  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new ClientGoneError());
      if (this.closed) return reject(new SharedStateUnavailableError(this.upstream));
      const waiter: Waiter = { ticket: undefined, resolve, reject, signal, onAbort: undefined };
      if (signal !== undefined) {
        waiter.onAbort = () => {
          this.remove(waiter);
          reject(new ClientGoneError());
          if (waiter.ticket !== undefined) this.withdraw(waiter.ticket);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
      this.pump();
    });
  }

  queueLength(): number {
    return this.waiters.length;
  }

  penalize(ms: number): void {
    if (ms > 0) this.fire(PENALIZE, ['penalty'], [Math.ceil(ms), this.options.channel]);
  }

  block(ms: number, error: (remainingMs: number) => Error): void {
    if (ms <= 0) return;
    this.fire(BLOCK, ['block'], [blockKindOf(error(ms)), Math.ceil(ms), this.options.channel]);
    // Sent after the block on the same connection, so it sees it: the waiters here fail at once.
    this.pump();
  }

  /** Another replica moved the queue. */
  notice(): void {
    if (this.waiters.length > 0) this.pump();
  }

  /** Stops looking at the queue; callers still waiting fail (nothing is sent for them). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.failAll(this.waiters.slice(), new SharedStateUnavailableError(this.upstream));
  }

  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiters.length === 0 || this.closed) return;
    this.pumping = true;
    void this.pumpOnce(this.waiters.slice()).then((waitMs) => {
      this.pumping = false;
      if (this.pumpAgain) {
        this.pumpAgain = false;
        this.pump();
      } else if (this.waiters.length > 0 && !this.closed) {
        const delay = waitMs >= 0 ? Math.min(waitMs, this.pollMs) : this.pollMs;
        this.timer = setTimeout(() => this.pump(), delay);
      }
    });
  }

  /** One script call for `batch`, this replica's waiters in FIFO order; answers when to look again. */
  private async pumpOnce(batch: Waiter[]): Promise<number> {
    // Ticket holders come first in `waiters` (tickets are issued in arrival order), so the script
    // gets this replica's FIFO: the tickets, then how many new ones to issue for the rest.
    const ticketed = batch.flatMap((waiter) => (waiter.ticket === undefined ? [] : [waiter.ticket]));
    const { limit, windowMs, inflightLeaseMs, keys, channel, redis } = this.options;
    const args = [limit, windowMs, inflightLeaseMs, this.waiterLeaseMs, this.epoch, channel];
    let reply: PumpReply;
    try {
      const raw = await runScript(
        redis,
        PUMP,
        PUMP_KEYS.map((name) => keys[name]),
        [...args, batch.length - ticketed.length, ...ticketed],
      );
      reply = parsePumpReply(raw);
    } catch (error) {
      this.failAll(batch, new SharedStateUnavailableError(this.upstream, error));
      return -1;
    }
    return this.settle(batch, reply);
  }

  /** Applies a pump's answer to the waiters it was asked for; answers when to look again. */
  private settle(batch: Waiter[], reply: PumpReply): number {
    this.epoch = reply.epoch;
    if (reply.blockKind !== '') {
      const error = blockError(reply.blockKind, this.upstream, reply.blockRemainingMs);
      this.failAll(this.waiters.slice(), error);
      return -1;
    }
    const fresh = batch.filter((waiter) => waiter.ticket === undefined);
    reply.issued.forEach((ticket, index) => {
      const waiter = fresh[index];
      if (waiter !== undefined) waiter.ticket = ticket;
    });
    for (const waiter of fresh) {
      // Left while the script ran: give its new ticket back (unless it was granted, see below).
      if (!this.waiters.includes(waiter) && waiter.ticket !== undefined && !reply.granted.includes(waiter.ticket)) {
        this.withdraw(waiter.ticket);
      }
    }
    for (const ticket of reply.granted) {
      const waiter = this.waiters.find((candidate) => candidate.ticket === ticket);
      if (waiter === undefined) {
        this.withdraw(ticket);
        continue;
      }
      this.remove(waiter);
      waiter.resolve(this.releaser(ticket));
    }
    return reply.waitMs;
  }

  private releaser(ticket: string): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const keepMs = this.options.inflightLeaseMs + this.options.windowMs + this.waiterLeaseMs;
      this.fire(RELEASE, ['inflight', 'released'], [this.options.windowMs, ticket, this.options.channel, keepMs]);
    };
  }

  /**
   * Sends a script without waiting. When it fails the state errs on the safe side: a slot not
   * released or a ticket not withdrawn expires with its lease; a penalty or block not recorded
   * leaves the next callers to meet Kommo's refusal themselves.
   */
  private fire(script: LuaScript, keyNames: ReadonlyArray<keyof BudgetKeys>, args: Array<string | number>): void {
    const keys = keyNames.map((name) => this.options.keys[name]);
    runScript(this.options.redis, script, keys, args).catch(() => {});
  }

  /** Gives a ticket back: its caller left, queued or granted before it sent anything. */
  private withdraw(ticket: string): void {
    this.fire(WITHDRAW, ['inflight', 'queue', 'leases'], [ticket, this.options.channel]);
  }

  private failAll(waiters: Waiter[], error: Error): void {
    for (const waiter of waiters) {
      if (!this.waiters.includes(waiter)) continue;
      this.remove(waiter);
      waiter.reject(error);
    }
  }

  private remove(waiter: Waiter): void {
    const index = this.waiters.indexOf(waiter);
    if (index >= 0) this.waiters.splice(index, 1);
    if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener('abort', waiter.onAbort);
  }
}
