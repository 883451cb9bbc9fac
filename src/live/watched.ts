/**
 * The items of `source` that `keep` accepts (`beforeEach` runs before each is handed on), telling
 * `onEnd` once when the consumer stops (a client unsubscribes or goes away). Written as an iterator, not an async generator: a
 * generator's `return()` waits for the pending `next()`, so an idle subscription would never end.
 */
export function watched<T>(
  source: AsyncIterable<unknown>,
  keep: (item: unknown) => item is T,
  onEnd: () => void,
  beforeEach: () => void = () => {},
): AsyncIterableIterator<T> {
  const inner = source[Symbol.asyncIterator]();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const step = await inner.next();
        if (step.done === true) {
          end();
          return { done: true, value: undefined };
        }
        if (keep(step.value)) {
          beforeEach();
          return { done: false, value: step.value };
        }
      }
    },
    async return() {
      end();
      await inner.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
