import type { LineNode } from "../../form/form-tree.js";
import { CAPTION_ADDRESS, CAPTION_CITY, CAPTION_FORMER, CAPTION_HINT, PART1_TITLE } from "./part1-patterns.js";
import { CAPTION_NAME, PART_HEADING } from "../../core/form-patterns.js";
import { cleanValue, unbracket, valueStart } from "../clean-text.js";
import type { Span } from "../../core/span.js";
import { firstMatchFrom } from "../../core/scan.js";
import { isFiller } from "../section-lines.js";

/** The fields of Part I, named as in the record's `registrant`. */
export type Kind = "name" | "formerName" | "address" | "cityStateZip";

/** The kinds in form order. */
export const ORDER: Kind[] = ["name", "formerName", "address", "cityStateZip"];

/** Each kind's caption pattern, in form order. */
export const CAPTIONS: [Kind, RegExp][] = [
  ["name", CAPTION_NAME],
  ["formerName", CAPTION_FORMER],
  ["address", CAPTION_ADDRESS],
  ["cityStateZip", CAPTION_CITY],
];

/** Each caption's words as the form prints them, to recognise a caption cut off mid-word. */
const CAPTION_WORDS: Record<Kind, string> = {
  name: "full name of registrant",
  formerName: "former name if applicable",
  address: "address of principal executive office (street and number)",
  cityStateZip: "city, state and zip code",
};

/** A piece of a value on one line: its cleaned text and its span. */
export interface Piece {
  /** The cleaned value. */
  text: string;
  /** Where it stands in the derived text. */
  span: Span;
}

/** A caption found in Part I, with the values on its own lines. */
export interface Caption {
  /** The field the caption names. */
  kind: Kind;
  /** Line where the caption ends (its inline value is there). */
  line: number;
  /** Line where the caption starts (the gap above ends there). */
  startLine: number;
  /** Value on the caption's line after it ("Full name of registrant: ACME"). */
  after: Piece | null;
  /** Value on the caption's line before it ("ACME (Full Name of Registrant)"). */
  before: Piece | null;
}

/** The cleaned value in columns `from`–`to` of a line, after a printed hint such as "(Street and Number)"; null when empty. */
function piece(line: LineNode, from: number, to: number): Piece | null {
  let raw = line.value.slice(from, to);
  const hint = CAPTION_HINT.exec(raw);
  let shift = 0;
  if (hint) {
    shift = hint[0].length;
    raw = raw.slice(shift);
  }
  const text = cleanValue(unbracket(raw));
  if (!text) return null;
  return { text, span: { start: line.start + from + shift + valueStart(raw), end: line.start + to } };
}

/** Index of the line of `lines` (sorted, non-empty) that holds `offset`. */
function lineAt(lines: LineNode[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as LineNode).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The last line of `lines` that shows anything but white space, or null. */
function lastTextLine(lines: LineNode[]): LineNode | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as LineNode;
    if (line.value.trim() !== "") return line;
  }
  return null;
}

/**
 * The captions of Part I in the order they stand, each with the values on
 * its own lines. Captions may wrap across lines ("Address of Principal
 * Executive / Office (Street and Number):" in fixtures/samples/igene-nt10k-1998.txt),
 * so they are matched over the section's text; a caption belongs to the
 * line where it ends. `lines` must not be empty.
 */
export function findCaptions(text: string, lines: LineNode[]): Caption[] {
  const first = lines[0] as LineNode;
  const last = lines[lines.length - 1] as LineNode;
  // The first match of each caption only: a second registrant block
  // (fixtures/excerpts/excerpt-022.txt) repeats the captions.
  const found: (Span & { kind: Kind })[] = [];
  for (const [kind, re] of CAPTIONS) {
    const m = firstMatchFrom(text, re, first.start, last.end);
    if (m) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  // A caption cut off at the end of an excerpt ("Address o",
  // fixtures/excerpts/excerpt-004.txt) still ends the value above it. The
  // notice must end on that line (blank lines and a line break after it
  // aside: the excerpts end with or without one).
  const tail = lastTextLine(lines);
  const cut = tail && text.slice(tail.end).trim() === "" ? cleanValue(tail.value).toLowerCase() : "";
  if (tail && cut.length >= 5) {
    const kind = (Object.keys(CAPTION_WORDS) as Kind[]).find((k) => CAPTION_WORDS[k].startsWith(cut));
    if (kind && !found.some((f) => f.kind === kind)) found.push({ kind, start: tail.start, end: tail.end });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => {
    const endLine = lineAt(lines, f.end);
    const startLine = lineAt(lines, f.start);
    const line = lines[endLine] as LineNode;
    const head = lines[startLine] as LineNode;
    const parenthesised = head.value.slice(0, f.start - head.start).trimEnd().endsWith("(");
    return {
      kind: f.kind,
      line: endLine,
      startLine,
      after: piece(line, f.end - line.start, line.value.length),
      before: parenthesised ? piece(head, 0, f.start - head.start) : null,
    };
  });
}

/**
 * The value lines around the captions: `gaps[k]` stands above `captions[k]`
 * (below the caption before it), the last gap is the up to four lines under
 * the last caption. Rules, page furniture and headings are passed over; a
 * line holding a caption ends a gap.
 */
export function valueGaps(lines: LineNode[], captions: Caption[]): Piece[][] {
  const valueLines = (from: number, to: number): Piece[] => {
    const out: Piece[] = [];
    for (let i = from; i < to && i < lines.length; i++) {
      const l = lines[i] as LineNode;
      if (isFiller(l) || PART_HEADING.test(l.value) || PART1_TITLE.test(l.value)) continue;
      if (CAPTIONS.some(([, re]) => re.test(l.value))) break;
      const p = piece(l, 0, l.value.length);
      if (p) out.push(p);
    }
    return out;
  };
  const gaps: Piece[][] = [];
  for (let k = 0; k <= captions.length; k++) {
    const from = k === 0 ? 0 : (captions[k - 1] as Caption).line + 1;
    const to = k === captions.length ? Math.min(lines.length, from + 4) : (captions[k] as Caption).startLine;
    gaps.push(valueLines(from, to));
  }
  return gaps;
}
