import type { Logger } from '../logger';
import type { UpstreamObserver } from '../upstream/observer';
import { attemptStatus } from './labels';

const NO_HEADERS: Readonly<Record<string, string>> = {};

/**
 * One debug line per upstream attempt (`LOG_LEVEL=debug`): which operation sent what, how long
 * it waited for the budget and how it ended. The path template only: query data can be personal.
 */
export function upstreamLog(logger: Logger): UpstreamObserver {
  return {
    attempt(info) {
      return {
        headers: NO_HEADERS,
        end: (outcome) =>
          logger.debug('upstream attempt', {
            requestId: info.requestId ?? null,
            upstream: info.upstream,
            method: info.method,
            route: info.route,
            attempt: info.attempt,
            status: attemptStatus(outcome),
            durationMs: Math.round(outcome.durationMs * 10) / 10,
            budgetWaitMs: Math.round(info.budgetWaitMs * 10) / 10,
          }),
      };
    },
  };
}
