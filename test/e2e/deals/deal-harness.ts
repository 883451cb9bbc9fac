/** Shared setup for the WoofedCRM deal tests: a gateway and both simulators on one fixed, movable clock. */
import type { RecordedRequest, WoofedEvent } from '../../../src/demo/woofed';
import { startHarness, type Harness, type HarnessOptions } from '../../helpers/harness';

/** 2025-03-10T12:00:00.123-03:00 at the simulator. */
export const NOW = new Date('2025-03-10T15:00:00.123Z');
export const NOW_ISO = NOW.toISOString();
export const HOUR_MS = 3_600_000;

export const EVENT_FIELDS = `fragment F on DealEvent {
  id dealId contactId kind rawKind title content done doneAt scheduledAt sendNow autoDone fromMe status
  app { id type } additionalAttributes customAttributes createdAt updatedAt
}`;

export type DealHarness = Harness & { clock: { now: Date } };

export async function startDealHarness(options: HarnessOptions = {}): Promise<DealHarness> {
  const clock = { now: NOW };
  const harness = await startHarness({ now: () => clock.now, ...options });
  return Object.assign(harness, { clock });
}

export const eventsPath = (dealId: string | number): string => `/api/v1/accounts/1/deals/${dealId}/events`;

/** What the WoofedCRM simulator received, without timestamps or query strings. */
export function woofedCalls(h: Harness): Array<{ method: string; path: string; body?: unknown }> {
  return h.woofed.requests.map((r: RecordedRequest) =>
    r.body === undefined ? { method: r.method, path: r.path } : { method: r.method, path: r.path, body: r.body },
  );
}

export function nextEventId(h: Harness): number {
  return Math.max(...h.woofed.store.events.map((e) => e.id)) + 1;
}

export function storedEvent(h: Harness, id: number | string): WoofedEvent {
  const event = h.woofed.store.events.find((e) => e.id === Number(id));
  if (event === undefined) throw new Error(`event ${String(id)} is not stored`);
  return event;
}

/** The DealEvent a fresh write answers, before the fields a test overrides. */
export function writtenEvent(id: number, overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: String(id),
    dealId: '1',
    contactId: '1',
    title: '',
    content: null,
    done: false,
    doneAt: null,
    scheduledAt: null,
    sendNow: null,
    autoDone: false,
    fromMe: true,
    status: null,
    app: null,
    additionalAttributes: {},
    customAttributes: {},
    createdAt: NOW_ISO,
    updatedAt: NOW_ISO,
    ...overrides,
  };
}
