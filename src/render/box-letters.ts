import { CHECKED, UNCHECKED } from "../core/marks.js";
import { matchAt, matchesAnywhere, matchesFrom, nextMatch } from "../core/scan.js";
import { BOX_LETTER_CANDIDATE, CAPITAL_LETTER, CHOICE_OPTION, PART2_BOX_REST, PART2_END, PART2_START, WHITE_SPACE_CHAR, WORD_CHARACTER } from "./box-letter-patterns.js";

/**
 * Boxes written as letters. A text rendering of an HTML notice (what
 * get_text-style scrapers and page captures keep) loses the Wingdings font
 * that made `þ` a ballot box with a check and `o` an empty square: "o Form
 * 10-K o Form 20-F þ Form 10-Q", "þ Yes o No", "x Form 10-K ¨ Form 20-F",
 * the Part II box as a lone `þ` line. A letter is read as a box only where
 * the form's structure says it is one:
 *
 * - in a row of the form's options (report types, transition reports, Yes
 *   and No) where every option is led by one such glyph, or every option is
 *   followed by one, with at most one marking and one empty kind in the row;
 * - in Part II, a glyph standing alone on its line, or at the start of the
 *   line of an item "(a)"–"(c)".
 *
 * Anywhere else a letter is a letter. A row whose boxes are all `x` is left
 * as it is: the readers already take a bare `x` for a mark, as 1990s text
 * has it (fixtures/samples/igene-nt10k-1998.txt).
 */

/** Glyphs that mark a box: Wingdings þ (🗹) ý (🗷) x (⌧) as letters, and ☒ ■. */
const MARKED: ReadonlySet<string> = new Set(["\u00fe", "\u00fd", "x", "X", "\u2612", "\u25a0"]);
/** Glyphs of an empty box: Wingdings o (□) ¨ (◻) q (❑) as letters, and ☐ □. */
const EMPTY: ReadonlySet<string> = new Set(["o", "\u00a8", "q", "\u2610", "\u25a1"]);
/** Glyphs that stand for a box only where the form's structure says so (ASCII letters). */
const LETTERS: ReadonlySet<string> = new Set(["x", "X", "o", "q"]);
/** Blanks that may stand between a box and its option on one line. */
const BLANK: ReadonlySet<string> = new Set([" ", "\t", "\u00a0"]);
/** The most white space between a box and its option. */
const MAX_REACH = 40;
/** The most line breaks between a box alone on its line and its option. */
const MAX_BREAKS = 3;
/** The longest stretch of blanks, cell markers and boxes between two options of one row. */
const MAX_GAP = 400;
/** The longest Part II read for its box (the printed items are about 1,000 characters). */
const MAX_PART2 = 4000;

/** Whether a character ends a box glyph on either side: text edge, white space or a cell marker. */
function isEdge(c: string | undefined): boolean {
  return c === undefined || c === "|" || WHITE_SPACE_CHAR.test(c);
}

function isGlyph(c: string | undefined): c is string {
  return c !== undefined && (MARKED.has(c) || EMPTY.has(c));
}

/** An option found in the text and the glyphs that may be its box. */
interface Option {
  family: string;
  start: number;
  end: number;
  /** Offset of the glyph leading the option on its line, or -1. */
  lead: number;
  /** Offset of the glyph following the option on its line, or -1. */
  follow: number;
}

/**
 * The glyph leading an option that starts at `start`, or -1: on the
 * option's line, blanks between ("þ Form 10-Q") or none ("oYes"), or alone
 * on a line above it, only white space between (a box in a cell of its own).
 */
function leadGlyph(text: string, start: number): number {
  let at = start - 1;
  let breaks = 0;
  while (start - at <= MAX_REACH && (BLANK.has(text[at] ?? "") || text[at] === "\n" || text[at] === "\r")) {
    if (text[at] === "\n") breaks++;
    at--;
  }
  const c = text[at];
  if (!isGlyph(c) || !isEdge(text[at - 1]) || breaks > MAX_BREAKS) return -1;
  if (breaks > 0 && !aloneOnLine(text, at)) return -1;
  // Glued to its option ("oYes"): only a lower-case or non-ASCII glyph before a capital.
  if (at === start - 1 && (c === "X" || !CAPITAL_LETTER.test(text[start] ?? ""))) return -1;
  return at;
}

/**
 * The glyph following an option that ends at `end`, or -1: on the option's
 * line after blanks ("Yes ¨ No þ"), or alone on a line below it.
 */
function followGlyph(text: string, end: number): number {
  let at = end;
  let breaks = 0;
  while (at - end < MAX_REACH && (BLANK.has(text[at] ?? "") || text[at] === "\n" || text[at] === "\r")) {
    if (text[at] === "\n") breaks++;
    at++;
  }
  const c = text[at];
  if (!isGlyph(c) || !isEdge(text[at + 1]) || breaks > MAX_BREAKS) return -1;
  if (breaks > 0 && !aloneOnLine(text, at)) return -1;
  if (at === end && LETTERS.has(c)) return -1;
  return at;
}

/** Whether only blanks (at most {@link MAX_REACH} on each side) stand beside the character at `at` on its line. */
function aloneOnLine(text: string, at: number): boolean {
  const blankTo = (step: 1 | -1): boolean => {
    for (let i = at + step, n = 0; i >= 0 && i < text.length && text[i] !== "\n"; i += step, n++) {
      if (n >= MAX_REACH || !(BLANK.has(text[i] as string) || text[i] === "\r")) return false;
    }
    return true;
  };
  return blankTo(-1) && blankTo(1);
}

/** Whether an option starts where a word may: after a non-letter, or right after a glyph that may be its box. */
function startsWord(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !WORD_CHARACTER.test(before)) return true;
  return isGlyph(before) && isEdge(text[start - 2]);
}

/** Whether only blanks, line breaks, cell markers and at most two glyphs stand in `text[from, to)`. */
function onlyBoxesBetween(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  let glyphs = 0;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (c === "|" || WHITE_SPACE_CHAR.test(c)) continue;
    if (!isGlyph(c) || ++glyphs > 2) return false;
  }
  return true;
}

/** The options of the form's choice rows in `text`, in order. */
function findOptions(text: string): Option[] {
  const out: Option[] = [];
  for (const m of matchesFrom(text, CHOICE_OPTION, 0)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!startsWord(text, start)) continue;
    const g = m.groups ?? {};
    const family = g.transition ? "transition" : g.report ? "report" : "yes-no";
    out.push({ family, start, end, lead: leadGlyph(text, start), follow: followGlyph(text, end) });
  }
  return out;
}

/** The rows: runs of options of one family with only boxes and blanks between them. */
function rows(text: string, options: Option[]): Option[][] {
  const out: Option[][] = [];
  let row: Option[] = [];
  for (const option of options) {
    const prev = row[row.length - 1];
    if (prev && prev.family === option.family && onlyBoxesBetween(text, prev.end, option.start)) row.push(option);
    else {
      if (row.length > 0) out.push(row);
      row = [option];
    }
  }
  if (row.length > 0) out.push(row);
  return out;
}

/** The glyph offsets that are the boxes of a row, or null when the row does not read as boxes. */
function rowBoxes(text: string, row: Option[]): number[] | null {
  if (row.length < 2) return null;
  const leads = row.map((o) => o.lead);
  const follows = row.map((o) => o.follow);
  const boxes = leads.every((g) => g >= 0) ? leads : follows.every((g) => g >= 0) ? follows : null;
  if (!boxes) return null;
  const kinds = new Set(boxes.map((g) => text[g] as string));
  const marked = [...kinds].filter((c) => MARKED.has(c));
  const empty = [...kinds].filter((c) => EMPTY.has(c));
  if (marked.length > 1 || empty.length > 1) return null;
  // Bare x's and canonical marks are read as they are.
  if ([...kinds].every((c) => c === "x" || c === "X" || c === CHECKED || c === UNCHECKED)) return null;
  return boxes;
}

/** Part II's box glyphs: alone on their line, or leading an item's line. */
function part2Boxes(text: string): number[] {
  const head = nextMatch(PART2_START, text, 0);
  if (!head) return [];
  const from = head.index + head[0].length;
  const endMatch = nextMatch(PART2_END, text, from);
  const to = Math.min(endMatch ? endMatch.index : text.length, from + MAX_PART2);
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!isGlyph(c) || c === "x" || c === "X" || !isEdge(text[i - 1]) || !isEdge(text[i + 1])) continue;
    if (matchAt(PART2_BOX_REST, text, i + 1)) out.push(i);
  }
  return out;
}

/**
 * The text with the box letters of its choice rows and Part II written as
 * canonical marks (☒/☐). Each replaces one character by one, so every
 * offset stays the source's own.
 */
export function readBoxLetters(text: string): string {
  // Most notices write their boxes as [X] or ☒ and hold no letter that could be one.
  if (!matchesAnywhere(BOX_LETTER_CANDIDATE, text)) return text;
  const at = new Set<number>();
  for (const row of rows(text, findOptions(text))) for (const g of rowBoxes(text, row) ?? []) at.add(g);
  for (const g of part2Boxes(text)) at.add(g);
  if (at.size === 0) return text;
  const chars = [...at].sort((a, b) => a - b);
  let out = "";
  let from = 0;
  for (const g of chars) {
    out += text.slice(from, g) + (MARKED.has(text[g] as string) ? CHECKED : UNCHECKED);
    from = g + 1;
  }
  return out + text.slice(from);
}
