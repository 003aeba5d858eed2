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
