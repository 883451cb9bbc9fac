import type { PendingFault } from '../../src/demo/faults';

/** A Kommo or WoofedCRM simulator, as far as the fault check needs it. */
export interface FaultedSimulator {
  pendingFaults(): PendingFault[];
  close(): Promise<void>;
}

function describeFault({ fault, remaining }: PendingFault): string {
  const delay = fault.delayMs === undefined ? '' : ` after ${fault.delayMs} ms`;
  const left = `${remaining} of ${Math.max(1, fault.times ?? 1)} left`;
  return `${fault.method ?? 'any method'} ${fault.pathPrefix ?? '/'}… → ${fault.status}${delay} (${left})`;
}

/**
 * Throws when a simulator still holds an injected fault: the request it was armed for never came,
 * so the test did not exercise what it meant to. `simulators` are keyed by the name to report.
 */
export function assertFaultsConsumed(simulators: Record<string, Pick<FaultedSimulator, 'pendingFaults'>>): void {
  const left = Object.entries(simulators).flatMap(([name, sim]) =>
    sim.pendingFaults().map((pending) => `${name} simulator: ${describeFault(pending)}`),
  );
  if (left.length > 0) throw new Error(`armed fault never consumed by a request:\n  ${left.join('\n  ')}`);
}

/** Closes the simulators, then fails when one of them still holds a fault a test armed. */
export async function closeSimulators(simulators: Record<string, FaultedSimulator>): Promise<void> {
  await Promise.all(Object.values(simulators).map((sim) => sim.close()));
  assertFaultsConsumed(simulators);
}
