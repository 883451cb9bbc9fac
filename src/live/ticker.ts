/**
 * Runs `tick` every `ms` until the returned function is called; tests inject a manual one, which
 * can wait for the promise a tick returns (the poll it started).
 */
export type Ticker = (ms: number, tick: () => Promise<void>) => () => void;

export const realTicker: Ticker = (ms, tick) => {
  const timer = setInterval(() => void tick(), ms);
  // A poll never keeps the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
};
