import { matchesFrom, nextMatch, replaceMatches } from "../core/scan.js";
import { forEachLine } from "../core/line-index.js";
import {
  BOX_BEFORE,
  CUSIP_BOX,
  FILE_NUMBER_BOX,
  CLOSE_BRACKET_AFTER,
  ITEM_LETTER_BEFORE,
  LETTER_SALUTATION_OR_SIGN_OFF,
  CONTACT_CAPTION_ROW,
  LINE_CLOSER,
  LINE_OPENER,
  NON_LETTER_RUN,
  OPEN_BRACKET_BEFORE,
  PART1_CAPTION,
  PART_HEADING_TITLE,
  PART_TITLE_ALONE,
  SIGNATURE_FIELD,
  SIGNATURE_NAME_CAPTION,
  SIGNATURE_SENTENCE_END,
  SIGNATURE_SENTENCE_START,
  STANDING_PAGE,
  STANDING_RULE,
  TRAILER_HEADING,
} from "./reline-patterns.js";

/**
 * Where a printed piece of the form puts line breaks: before it (a line of
 * the form opens with it), after it (it ends a line), or both (a caption or
 * heading standing alone).
 */
type Side = "before" | "after" | "around";

/** One kind of printed piece and where it breaks the line. */
interface BreakRule {
  re: RegExp;
  side: Side;
  /** The piece may stand in brackets ("(Full Name of Registrant)"): the brackets go with it. */
  bracketed?: boolean;
  /** Counts towards deciding that a line holds several lines of the form. */
  anchor?: boolean;
  /** Read only after the signature sentence (short captions such as "By:"). */
  signature?: boolean;
}

const RULES: BreakRule[] = [
  { re: PART_HEADING_TITLE, side: "around", anchor: true },
  { re: PART_TITLE_ALONE, side: "around" },
  { re: PART1_CAPTION, side: "around", bracketed: true, anchor: true },
  { re: FILE_NUMBER_BOX, side: "around", anchor: true },
  { re: CUSIP_BOX, side: "around", anchor: true },
  { re: LINE_OPENER, side: "before", anchor: true },
  { re: LINE_CLOSER, side: "after" },
  { re: CONTACT_CAPTION_ROW, side: "before" },
  { re: SIGNATURE_NAME_CAPTION, side: "around", bracketed: true, anchor: true },
  { re: SIGNATURE_SENTENCE_START, side: "before", anchor: true },
  { re: SIGNATURE_SENTENCE_END, side: "after" },
  { re: SIGNATURE_FIELD, side: "before", signature: true },
  { re: TRAILER_HEADING, side: "before" },
  { re: LETTER_SALUTATION_OR_SIGN_OFF, side: "around" },
  { re: STANDING_RULE, side: "around" },
  { re: STANDING_PAGE, side: "around" },
];

/** A line shorter than this is never re-lined: a printed form line is far shorter. */
const MIN_LENGTH = 200;
/** The most blanks kept before a piece that a break puts at a line's start (headings are read with up to 40). */
const MAX_INDENT = 32;
/** Printed anchors a line must hold to be taken for several lines of the form run together. */
const MIN_ANCHORS = 4;

/** Whether a character is a space or tab that a line break may replace. */
function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\u00a0";
}

/**
 * Puts back the line breaks of a notice whose breaks were lost (a whole
 * notice on one line, or a few very long lines, as text gathered from web
 * pages and data sets holds it). A line that holds several of the form's
 * printed headings, captions and questions is broken where the printed form
 * breaks: before each heading, caption, question and box option, after each
 * caption and question end. A break replaces a space or tab, so the text
 * keeps its length and every offset stays the source's own. Lines of an
 * ordinary layout are left as they are.
 */
export function relineCollapsed(text: string): string {
  const breaks: number[] = [];
  let signature = false;
  // The short lines are read for the signature sentence only when a long line follows them: most notices have none.
  let unread = 0;
  forEachLine(text, (start, end) => {
    if (end - start < MIN_LENGTH) return;
    if (!signature) signature = holdsSignatureSentence(text.slice(unread, start));
    signature = relineLine(text, start, end, breaks, signature);
    unread = end;
  });
  if (breaks.length === 0) return text;
  breaks.sort((a, b) => a - b);
  let out = "";
  let from = 0;
  for (const at of breaks) {
    if (at < from) continue;
    out += text.slice(from, at) + "\n";
    from = at + 1;
  }
  return out + text.slice(from);
}

/**
 * Whether a line of `lines` (short lines, read one by one) holds the start of
 * the signature sentence. Where the whole text has none, no line has: the
 * sentence is then not looked for line by line.
 */
function holdsSignatureSentence(lines: string): boolean {
  if (!nextMatch(SIGNATURE_SENTENCE_START, lines, 0)) return false;
  let found = false;
  forEachLine(lines, (start, end) => {
    if (!found && end > start && nextMatch(SIGNATURE_SENTENCE_START, lines.slice(start, end), 0)) found = true;
  });
  return found;
}

/** Adds to `breaks` the blanks of one long line `text[start, end)` that become line breaks; says whether the signature sentence has been passed. */
function relineLine(text: string, start: number, end: number, breaks: number[], signatureBefore: boolean): boolean {
  // Distinct anchors: a narrative repeating "for the period ended" is not a form.
  const anchors = new Set<string>();
  const hits: { rule: BreakRule; start: number; end: number }[] = [];
  for (const rule of RULES) {
    for (const m of matchesFrom(text, rule.re, start, end)) {
      const piece = m[0].trimEnd();
      if (m.index + piece.length > end || piece.trim() === "") continue;
      hits.push({ rule, start: m.index, end: m.index + piece.length });
      if (rule.anchor) anchors.add(replaceMatches(piece.toLowerCase(), NON_LETTER_RUN, " ").trim());
    }
  }
  // A part's title read alone is no piece of its own inside its heading ("PART II - RULES 12b-25(b) AND (c)").
  const headings = hits.filter((h) => h.rule.re === PART_HEADING_TITLE);
  const inHeading = (h: { start: number; end: number }): boolean => headings.some((g) => h.start < g.end && g.start < h.end);
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as (typeof hits)[number];
    if (h.rule.re === PART_TITLE_ALONE && inHeading(h)) hits.splice(i, 1);
  }
  const sentence = hits.find((h) => h.rule.re === SIGNATURE_SENTENCE_START);
  const signatureFrom = signatureBefore ? start : sentence ? sentence.start : Infinity;
  if (anchors.size < MIN_ANCHORS) return signatureFrom < Infinity;
  const breakAt = (i: number): void => {
    if (i > start && i < end && isBlank(text[i])) breaks.push(i);
  };
  for (const hit of hits) {
    if (hit.rule.signature && hit.start < signatureFrom) continue;
    if (hit.rule.side !== "after") {
      let at = hit.start;
      const head = text.slice(Math.max(start, at - 24), at);
      const box = nextMatch(BOX_BEFORE, head, 0);
      const bracket = hit.rule.bracketed ? nextMatch(OPEN_BRACKET_BEFORE, head, 0) : null;
      const letter = hit.rule.bracketed && !bracket ? nextMatch(ITEM_LETTER_BEFORE, head, 0) : null;
      if (bracket) at -= head.length - bracket.index;
      else if (letter) at -= head.length - letter.index;
      else if (box && hit.rule.side === "before") at -= head.length - box.index;
      // The blanks before the piece stay as its indentation, up to a
      // printed line's (a blank page tag and a rule's trailing blanks run on
      // past it: fixtures/excerpts/excerpt-027.txt collapsed).
      const piece = at;
      while (at > start && piece - at < MAX_INDENT && isBlank(text[at - 1]) && isBlank(text[at - 2])) at--;
      breakAt(at - 1);
    }
    if (hit.rule.side !== "before") {
      let at = hit.end;
      const close = hit.rule.bracketed ? nextMatch(CLOSE_BRACKET_AFTER, text.slice(at, Math.min(end, at + 4)), 0) : null;
      if (close && hit.rule.bracketed) at += close[0].length;
      breakAt(at);
    }
  }
  return signatureFrom < Infinity;
}
