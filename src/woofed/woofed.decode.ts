import { asId, asString } from '../lib/decode';
import { parseInstant } from '../schema/scalars/date-time.scalar';
import { toWoofedId, type WoofedId } from './woofed-id';

/** WoofedCRM renders instants in its server zone (`2025-03-10T12:00:00.123-03:00`); any offset is read. */
export function instantOf(value: unknown): Date | undefined {
  const text = asString(value);
  return text === undefined ? undefined : parseInstant(text);
}

/** An id from upstream JSON (a number) that may be used in a later request. */
export function woofedIdOf(value: unknown): WoofedId | undefined {
  const id = asId(value);
  return id === undefined ? undefined : toWoofedId(id);
}
