/** Runs `tick` every `ms` until the returned function is called; tests inject a manual one. */
export type Ticker = (ms: number, tick: () => void) => () => void;

export const realTicker: Ticker = (ms, tick) => {
  const timer = setInterval(tick, ms);
  // A poll never keeps the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
};
