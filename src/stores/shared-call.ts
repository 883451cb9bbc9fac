import { ClientGoneError, detachedScope, UpstreamCallCounter, type UpstreamScope } from '../upstream/scope';

/**
 * Charges each attempt of a shared call to one participant: the first one still waiting whose
 * operation may still make calls (the one that started it, while it stays). The others are charged
 * nothing, so `extensions.cost.upstreamCalls` counts a call once, for whoever paid for it. When
 * every participant is at its `MAX_UPSTREAM_CALLS`, the first one's refusal is thrown.
 */
class SharedCallCounter extends UpstreamCallCounter {
  private charged = 0;

  constructor(private readonly participants: () => readonly UpstreamScope[]) {
    super();
  }

  override get count(): number {
    return this.charged;
  }

  override take(): void {
    let refusal: Error | undefined;
    for (const participant of this.participants()) {
      try {
        participant.calls.take();
        this.charged += 1;
        return;
      } catch (error) {
        refusal ??= error instanceof Error ? error : new Error(String(error));
      }
    }
    throw refusal ?? new ClientGoneError();
  }
}

/**
 * One upstream call that several operations wait for (identical concurrent GETs). It runs under a
 * scope of its own: the request id of the operation that started it, a signal that aborts only when
 * every participant's client has gone (one leaving never cancels a call others wait for), and a
 * counter that charges one participant per attempt (see `SharedCallCounter`). A participant whose
 * client leaves is answered `ClientGoneError` at once; the rest keep waiting.
 */
export class SharedCall<T> {
  private readonly participants: UpstreamScope[] = [];
  private readonly controller = new AbortController();
  /** The call itself, whoever still waits for it. */
  readonly outcome: Promise<T>;

  /**
   * Starts `run` for `leader` (`undefined`: a call of no operation), whose client must still be
   * there; `onIdle` is called when every participant has left.
   */
  constructor(
    leader: UpstreamScope | undefined,
    run: (scope: UpstreamScope) => Promise<T>,
    private readonly onIdle: () => void,
  ) {
    const first = leader ?? detachedScope();
    this.participants.push(first);
    this.outcome = run({
      requestId: first.requestId,
      // The call's spans belong to the trace of the operation that started it.
      traceContext: first.traceContext,
      signal: this.controller.signal,
      calls: new SharedCallCounter(() => this.participants),
    });
    // Every participant may have left before it settles; nobody is left to tell then.
    this.outcome.catch(() => {});
    this.leaderPromise = this.wait(first);
  }

  /** What the operation that started the call gets. */
  readonly leaderPromise: Promise<T>;

  /** Waits for the call as one more participant. */
  join(scope: UpstreamScope | undefined): Promise<T> {
    const participant = scope ?? detachedScope();
    if (participant.signal.aborted) return Promise.reject(new ClientGoneError());
    this.participants.push(participant);
    return this.wait(participant);
  }

  private wait(scope: UpstreamScope): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const leave = (): void => {
        this.drop(scope);
        reject(new ClientGoneError());
        if (this.participants.length === 0) {
          this.onIdle();
          this.controller.abort();
        }
      };
      scope.signal.addEventListener('abort', leave, { once: true });
      const settled = (): void => {
        scope.signal.removeEventListener('abort', leave);
        this.drop(scope);
      };
      this.outcome.then(
        (value) => {
          settled();
          resolve(value);
        },
        (error: unknown) => {
          settled();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private drop(scope: UpstreamScope): void {
    const index = this.participants.indexOf(scope);
    if (index >= 0) this.participants.splice(index, 1);
  }
}
