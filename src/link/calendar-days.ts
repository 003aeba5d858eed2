/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), through day numbers
 * (days since 1970-01-01, UTC), so that no time zone or clock enters a due
 * date.
 */

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/** The day number of an ISO date (`2020-03-31`), or of a month (`2020-03`: its last day); NaN when it is neither. */
export function dayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (iso.length === 7) return Date.UTC(year, month, 0) / DAY_MS;
  const day = Number(iso.slice(8, 10));
  if (iso.length !== 10 || !(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The ISO date (`YYYY-MM-DD`) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days in a month (1–12) of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** A date `days` calendar days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return isoDay(dayNumber(iso) + days);
}

/**
 * A date `months` calendar months after `iso`. A period that ends on the
 * last day of its month is due on the last day of the later month
 * (2021-06-30 + 6 months → 2021-12-31, 2019-08-31 + 6 → 2020-02-29); any
 * other day keeps its day of the month, cut to the month's length.
 */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = iso.length === 7 ? daysInMonth(year, month) : Number(iso.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  const last = daysInMonth(toYear, toMonth);
  const toDay = day === daysInMonth(year, month) ? last : Math.min(day, last);
  return `${String(toYear).padStart(4, "0")}-${String(toMonth).padStart(2, "0")}-${String(toDay).padStart(2, "0")}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A `YYYY-MM` month as its last day; a full date as it is. */
export function fullDate(iso: string): string {
  return iso.length === 7 ? isoDay(dayNumber(iso)) : iso;
}
