import { UpstreamCallCounter, type UpstreamScope } from '../../src/upstream/scope';

/** An operation's upstream scope for tests, with `abort()` standing for its client going away. */
export function testScope(requestId = 'req-1', max?: number): UpstreamScope & { abort(): void } {
  const controller = new AbortController();
  return {
    requestId,
    signal: controller.signal,
    calls: new UpstreamCallCounter(max),
    abort: () => controller.abort(),
  };
}
