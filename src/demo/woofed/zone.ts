/**
 * The server's time zone (`config.time_zone`, 'Brasilia' by default) as a fixed offset:
 * rendering instants the way ActiveSupport's JSON encoder does, and reading datetime
 * parameters the way ActiveRecord casts them (offset-less values are local time; anything
 * unreadable becomes null, never an error).
 */
export interface ServerZone {
  /** Minutes east of UTC, e.g. -180. */
  offsetMinutes: number;
  /** Suffix used when rendering: '-03:00', or 'Z' for UTC. */
  suffix: string;
}

export function serverZone(utcOffset: string): ServerZone {
  if (utcOffset === 'Z') return { offsetMinutes: 0, suffix: 'Z' };
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  if (!match) throw new Error(`utcOffset must look like "-03:00", got "${utcOffset}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  const offsetMinutes = match[1] === '-' ? -minutes : minutes;
  return { offsetMinutes, suffix: offsetMinutes === 0 && match[1] === '+' ? 'Z' : utcOffset };
}

/** ISO 8601 with milliseconds in the server offset: `2024-04-28T19:36:59.285-03:00`. */
export function renderInstant(zone: ServerZone, instant: Date): string {
  const local = new Date(instant.getTime() + zone.offsetMinutes * 60_000);
  return local.toISOString().slice(0, 23) + zone.suffix;
}

export function renderNullableInstant(zone: ServerZone, instant: Date | null): string | null {
  return instant === null ? null : renderInstant(zone, instant);
}

const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Casts a datetime parameter. Supported: ISO-like `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][offset]`
 * and a bare time (today's date in the server zone, as `Time.zone.parse` does). Day overflow
 * within 1..31 rolls into the next month like Ruby's `Time.new`. Other values cast to null.
 */
export function castDateTime(zone: ServerZone, value: unknown, now: Date): Date | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const full = DATE_TIME.exec(text);
  if (full) {
    const [, y, mo, d, h, mi, s, frac, offset] = full;
    return build(zone, Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), frac, offset);
  }
  const timeOnly = TIME_ONLY.exec(text);
  if (timeOnly) {
    const [, h, mi, s, offset] = timeOnly;
    const today = new Date(now.getTime() + zone.offsetMinutes * 60_000);
    const [year, month, day] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
    return build(zone, year, month, day, Number(h), Number(mi), Number(s ?? 0), undefined, offset);
  }
  return null;
}

function build(
  zone: ServerZone,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  offset: string | undefined,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (minute > 59 || second > 60 || hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const offsetMinutes = offset === undefined ? zone.offsetMinutes : parseOffset(offset);
  return new Date(wall - offsetMinutes * 60_000);
}

function parseOffset(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return offset.startsWith('-') ? -minutes : minutes;
}
