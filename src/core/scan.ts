/**
 * Running compiled patterns over a text. These helpers are the only code
 * that sets a pattern's `lastIndex` (see `variant` in `./pattern.ts`): each
 * sets it just before its `exec` from a position it keeps itself.
 */
import { variant } from "./pattern.js";
import type { Span } from "./span.js";

/** A match of a pattern: its span, its text and its named groups. */
export interface TextMatch extends Span {
  text: string;
  groups: Record<string, string | undefined>;
}

/** The first match of `re` that starts at or after `from`, or null. */
export function nextMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const g = variant(re, "scan");
  g.lastIndex = from;
  const m = g.exec(text);
  g.lastIndex = 0;
  return m;
}

/** The match of `re` that starts exactly at `at`, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  const y = variant(re, "at");
  y.lastIndex = at;
  const m = y.exec(text);
  y.lastIndex = 0;
  return m;
}

/** Every match of `re` that starts in `text[from, to)`, in order; an empty match steps one character on. */
export function* matchesFrom(text: string, re: RegExp, from: number, to = Infinity): Generator<RegExpExecArray> {
  let at = from;
  let m: RegExpExecArray | null;
  while ((m = nextMatch(re, text, at)) !== null && m.index < to) {
    at = m.index + Math.max(1, m[0].length);
    yield m;
  }
}

/** The first match of `re` that starts in `text[from, to)`, or null. */
export function firstMatchFrom(text: string, re: RegExp, from: number, to = Infinity): RegExpExecArray | null {
  const m = nextMatch(re, text, from);
  return m !== null && m.index < to ? m : null;
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
  return text.replace(variant(re, "scan"), (s) => " ".repeat(s.length));
}

/**
 * `text` with every match of `re` replaced by `by` (as `String.prototype.replace`
 * reads a replacement string). Runs the global variant without the `d`
 * flag, which V8 replaces in one native pass.
 */
export function replaceMatches(text: string, re: RegExp, by: string): string {
  return text.replace(variant(re, "scan"), by);
}

/** Every non-empty match of `re` in `text`, left to right. */
export function findAll(re: RegExp, text: string): TextMatch[] {
  const out: TextMatch[] = [];
  for (const m of matchesFrom(text, re, 0)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups ?? {} });
  }
  return out;
}

/** Whether `re` matches `text` anywhere (a global pattern included: no state is kept). */
export function matchesAnywhere(re: RegExp, text: string): boolean {
  return nextMatch(re, text, 0) !== null;
}
