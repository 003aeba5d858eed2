import type { Span } from "../fields/field-context.js";

/**
 * A global copy of a shared pattern of `src/patterns/` to scan a text with:
 * each scan runs on its own copy, so no shared constant carries a
 * `lastIndex` from one call to the next. The copy leaves out the `d` flag:
 * scans read whole-match offsets and groups only, never capture offsets.
 */
export function scanner(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replaceAll("g", "").replaceAll("d", "") + "g");
}

/** Every match of `re` that starts in `text[from, to)`, in order; an empty match steps one character on. */
export function* matchesFrom(text: string, re: RegExp, from: number, to = Infinity): Generator<RegExpExecArray> {
  const g = scanner(re);
  g.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null && m.index < to) {
    yield m;
    if (m[0].length === 0) g.lastIndex++;
  }
}

/** The first match of `re` that starts in `text[from, to)`, or null. */
export function firstMatchFrom(text: string, re: RegExp, from: number, to = Infinity): RegExpExecArray | null {
  for (const m of matchesFrom(text, re, from, to)) return m;
  return null;
}

/** End offset of the first match of `re` that starts in `text[from, to)`, else `from` (where a printed question ends). */
export function matchEndFrom(text: string, re: RegExp, from: number, to: number): number {
  const m = firstMatchFrom(text, re, from, to);
  return m ? m.index + m[0].length : from;
}

/** Spans of the matches of `re` that start in `text[from, to)`, each cut at `to`. */
export function spansOf(text: string, re: RegExp, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const m of matchesFrom(text, re, from, to)) out.push({ start: m.index, end: Math.min(to, m.index + m[0].length) });
  return out;
}

/** `text` with every match of `re` turned to spaces of its length, so every offset stays put. */
export function blankMatches(text: string, re: RegExp): string {
  return text.replace(scanner(re), (s) => " ".repeat(s.length));
}
