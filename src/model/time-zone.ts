/**
 * Time-zone arithmetic with Intl only (no tz database of our own): the app shows interviews in the
 * user's zone and the API cuts a recruiter's week at local midnights, both right across the March
 * and October clock changes. Shared by the app and the mock API.
 */
const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Wall-clock fields of an instant in a zone. */
export function wallClock(ms: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** The zone's offset from UTC at an instant, in minutes (Paris in summer: 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * The instant of a local wall-clock time (`2026-03-29T10:00`) in a zone. A time skipped by the
 * spring change moves forward an hour; an ambiguous autumn time takes its first occurrence.
 */
export function zonedToUtc(local: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(local);
  if (!m) return Number.NaN;
  const guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0));
  // Try the offset in force half a day before, then the one half a day after.
  const early = offsetMinutes(guess - 12 * 60 * MINUTE, timeZone);
  const before = guess - early * MINUTE;
  if (offsetMinutes(before, timeZone) === early) return before;
  const after = guess - offsetMinutes(guess + 12 * 60 * MINUTE, timeZone) * MINUTE;
  return wallClock(after, timeZone).hour === +(m[4] ?? 0) ? after : before;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` of an instant in a zone, as a datetime-local input wants it. */
export function utcToLocalInput(iso: string, timeZone: string): string {
  const w = wallClock(Date.parse(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** `YYYY-MM-DD` of the Monday of the week holding this instant, in a zone. */
export function mondayOf(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** Adds days to a `YYYY-MM-DD` date (calendar days, not 24-hour spans). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** [start, end) instants of the local week starting on the Monday of `date`. */
export function weekRange(date: string, timeZone: string): [number, number] {
  const monday = mondayOf(zonedToUtc(date, timeZone), timeZone);
  return [zonedToUtc(monday, timeZone), zonedToUtc(addDays(monday, 7), timeZone)];
}

/** The browser's zone, falling back to Paris (our first market). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
}

/**
 * The `parse` of a DateTimeInput: react-admin keeps the browser's `yyyy-MM-ddThh:mm` (local wall
 * clock, no zone), while the API wants an instant; read in the browser's zone, sent as UTC ISO.
 */
export function localInputToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
