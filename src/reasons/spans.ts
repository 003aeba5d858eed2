/** A match of a pattern: `[start, end)` offsets and its groups. */
export interface Span {
  start: number;
  end: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/**
 * Every match of a global pattern in `text`, left to right, without cloning
 * the pattern (as `matchAll` does on every call). Empty matches are skipped.
 */
export function findAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups ?? {} });
  }
  re.lastIndex = 0;
  return out;
}

/** Whether a pattern (global or not) matches `text` anywhere; leaves it reusable. */
export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Index of the last span ending at or before `at` (spans ordered by start and end), or -1. */
export function lastEndingBy<T extends { end: number }>(spans: readonly T[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as T).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first span starting at or after `at` (spans ordered by start), or `spans.length`. */
export function firstStartingFrom<T extends { start: number }>(spans: readonly T[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as T).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any of the ordered, non-overlapping `spans` overlaps `[start, end)`. */
export function overlapsAny<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): boolean {
  const i = lastEndingBy(spans, start) + 1;
  const s = spans[i];
  return s !== undefined && s.start < end;
}
