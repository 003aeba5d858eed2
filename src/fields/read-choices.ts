import { MARK_TOKEN } from "./field-patterns.js";
import { matchesFrom } from "../core/scan.js";
import type { Span } from "../core/span.js";

/** One option of a choice row ("☒ Form 10-K", "Yes ☐") and the state of its box. */
export interface Choice {
  /** The match of the label pattern. */
  match: RegExpExecArray;
  /** Where the label stands. */
  labelSpan: Span;
  /** true marked, false shown unmarked, null unreadable or not decidable. */
  state: boolean | null;
  /** Where the label's box stands, or null when it has none. */
  markSpan: Span | null;
  /** The mark could not be read (unknown glyph). */
  unreadable: boolean;
}

/** A checkbox token: where it stands and its kind. */
interface Mark extends Span {
  kind: "checked" | "empty" | "unreadable";
}

/**
 * How far past the end of a range a search reads: the label and mark
 * patterns are bounded (the longest, a "Transition Report on Form 10-K and
 * Form 10-KSB" label, is under 80 characters), so a match that starts in the
 * range reads the same characters in a slice ending this far past it.
 */
const RANGE_TAIL = 256;

/**
 * The matches of `re` (scanned without `d`: capture offsets would stay
 * those of the slice) that start in `text[from, to)`, with
 * `index` in `text`. The search runs on a slice from one character before
 * `from` (for `\b` and the one-character lookbehinds) to {@link RANGE_TAIL}
 * after `to`, so a range without a match costs its own length. Searching
 * the rest of the text instead made each call cost the text's length when
 * the range held no match: 100,000 "YES NO" labels in Part IV took a minute
 * (test/robustness/worst-cases.test.ts).
 */
function matchesIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const base = Math.max(0, from - 1);
  const slice = text.slice(base, Math.min(text.length, to + RANGE_TAIL));
  const out: RegExpExecArray[] = [];
  for (const m of matchesFrom(slice, re, from - base, to - base)) {
    m.index += base;
    out.push(m);
  }
  return out;
}

/** The checkbox tokens that lie wholly in `text[from, to)`. */
function marksIn(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (const m of matchesIn(MARK_TOKEN, text, from, to)) {
    if (m.index + m[0].length > to) break;
    const g = m.groups ?? {};
    const kind = g.checked ? "checked" : g.empty ? "empty" : "unreadable";
    out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Reads a row of options with checkboxes: finds every label in `text`
 * (between `from` and `to`), decides whether the marks stand before their
 * labels ("☒ Yes ☐ No", "[X] Form 10-K") or after them ("Yes ☒ No ☐"), and
 * gives each label its box's state. A label without a box is `false` when
 * the filer marked another option of the row (fixtures/samples/igene-nt10k-1998.txt:
 * a bare "x" before the one checked form, nothing before the others), else null.
 */
export function readChoices(text: string, labels: RegExp, from = 0, to = text.length): Choice[] {
  // Scanned without `d`: no caller reads capture offsets, and 100,000 labels of offsets were most of the work.
  const found = matchesIn(labels, text, from, to);
  if (found.length === 0) return [];
  const starts = found.map((f) => f.index);
  const ends = found.map((f) => f.index + f[0].length);
  const before = (i: number): Mark[] => marksIn(text, i === 0 ? from : (ends[i - 1] as number), starts[i] as number);
  const after = (i: number): Mark[] => marksIn(text, ends[i] as number, i === found.length - 1 ? to : (starts[i + 1] as number));
  const lead = before(0);
  const tail = after(found.length - 1);
  const marksBefore = lead.length > 0 || tail.length === 0;
  const picked: (Mark | null)[] = found.map((_, i) => {
    if (marksBefore) {
      const ms = before(i);
      return ms[ms.length - 1] ?? null;
    }
    return after(i)[0] ?? null;
  });
  const anyChecked = picked.some((p) => p?.kind === "checked");
  return found.map((f, i) => {
    const mark = picked[i] ?? null;
    const state = mark ? (mark.kind === "checked" ? true : mark.kind === "empty" ? false : null) : anyChecked ? false : null;
    return {
      match: f,
      labelSpan: { start: f.index, end: f.index + f[0].length },
      state,
      markSpan: mark ? { start: mark.start, end: mark.end } : null,
      unreadable: mark?.kind === "unreadable",
    };
  });
}
