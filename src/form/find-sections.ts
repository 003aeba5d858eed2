import type { LineNode, SectionName } from "./form-tree.js";
import { CAPTION_NAME, RULE_LINE as RULE, DATE_CAPTION as DATE_LINE, LETTER_SALUTATION, NARRATIVE_HEADING, OPENS_WITH_BRACKET, PART4_TITLE, PART_HEADING, Q1, SIGNATURE_CAPTION, SIGNATURE_HEADING, SIGNATURE_SENTENCE } from "../core/form-patterns.js";
import { COVER_LINE, INSTRUCTIONS_HEADING, ITEM_NUMBER, PART1_CAPTION_TRAIL, PART2_LEAD, PART2_TITLE, PART3_LEAD, Q1_UNNUMBERED, SIGNATURE_CAPTION_TRAIL } from "./form-patterns.js";

/** Where a section starts: a line index and the anchor that found it. */
export interface SectionStart {
  /** The section. */
  name: SectionName;
  /** Index of its first line. */
  line: number;
  /** What found it ("PART 2 heading", "Part II lead-in", …). */
  anchor: string;
}

/** Part numerals as headings write them ("1V" is a typo of "IV": fixtures/constructed/typos/part-1v.txt). */
const ROMAN: Record<string, number> = { I: 1, "1": 1, II: 2, "2": 2, III: 3, "3": 3, IV: 4, "1V": 4, "4": 4 };

/** The number of a "PART …" heading line, or null when the line is none. */
function partNumber(line: string): number | null {
  // The heading's "PART" starts within its first 41 characters (at most 40 blanks or rules before it): most lines have no P there and skip the pattern.
  const upper = line.indexOf("P");
  const lower = line.indexOf("p");
  if ((upper < 0 || upper > 40) && (lower < 0 || lower > 40)) return null;
  const m = PART_HEADING.exec(line);
  const num = m?.groups?.num;
  return num ? (ROMAN[num.toUpperCase()] ?? null) : null;
}

/** An anchor: the name of what a line's text shows, or null. */
type Finder = (value: string) => string | null;

/** The first anchor of `finders` that accepts `value`, or null. */
function anchorOf(value: string, finders: Finder[]): string | null {
  for (const find of finders) {
    const anchor = find(value);
    if (anchor) return anchor;
  }
  return null;
}

/**
 * Finds the first line at or after `from` that an anchor accepts. An empty
 * line is read once for all: a notice may hold a million of them
 * (test/helpers/fuzz-worst-cases.ts).
 */
function first(lines: LineNode[], from: number, finders: Finder[]): { line: number; anchor: string } | null {
  const onEmpty = anchorOf("", finders);
  for (let i = from; i < lines.length; i++) {
    const value = (lines[i] as LineNode).value;
    const anchor = value === "" ? onEmpty : anchorOf(value, finders);
    if (anchor) return { line: i, anchor };
  }
  return null;
}

/** Whether a line is blank or a drawn rule. */
function isBlankOrRule(value: string): boolean {
  return RULE.test(value) || value.trim() === "";
}

/** From line `i`, steps by `step` over blank and rule lines while `i` stays short of `stop`; the line it stops at. */
function skipBlankLines(lines: LineNode[], i: number, step: 1 | -1, stop: number): number {
  while ((step > 0 ? i < stop : i > stop) && isBlankOrRule(lines[i]?.value ?? "")) i += step;
  return i;
}

/**
 * What stands after `caption` on a line once the `trail` characters are
 * removed ("" for a caption alone on its line), or null without the caption.
 */
function restAfterCaption(value: string, caption: RegExp, trail: RegExp): string | null {
  const cap = caption.exec(value);
  return cap ? value.slice(cap.index + cap[0].length).replace(trail, "") : null;
}

/** An anchor on the "PART n" heading. */
const heading =
  (n: number): Finder =>
  (value) =>
    partNumber(value) === n ? `PART ${n} heading` : null;

/** An anchor on a line that `re` matches, named `anchor`. */
const matches =
  (re: RegExp, anchor: string): Finder =>
  (value) =>
    re.test(value) ? anchor : null;

/**
 * Finds where each part of the form starts, anchoring on the printed
 * headings and, where a filer dropped or misspelled them (a third of filings
 * do), on the printed questions and captions of that part.
 */
export function findSections(lines: LineNode[]): SectionStart[] {
  const starts: SectionStart[] = [{ name: "cover", line: 0, anchor: "start" }];
  let from = 0;
  const add = (name: SectionName, found: { line: number; anchor: string } | null): void => {
    if (!found) return;
    starts.push({ name, line: found.line, anchor: found.anchor });
    from = found.line + 1;
  };

  const part1 = first(lines, from, [heading(1), matches(CAPTION_NAME, "Full Name of Registrant caption")]);
  if (part1 && part1.anchor !== "PART 1 heading") {
    // No "PART I" heading: when the name stands above its caption (the
    // official layout), the section starts at that value line.
    const value = lines[part1.line]?.value ?? "";
    if (restAfterCaption(value, CAPTION_NAME, PART1_CAPTION_TRAIL) === "") {
      const j = skipBlankLines(lines, part1.line - 1, -1, 0);
      const above = lines[j]?.value ?? "";
      if (j > 0 && above.trim().length < 100 && !COVER_LINE.test(above)) part1.line = j;
    }
  }
  add("part1", part1);
  add(
    "part2",
    first(lines, from, [heading(2), matches(PART2_TITLE, "Rules 12b-25(b) and (c) title"), matches(PART2_LEAD, "Part II lead-in")]),
  );
  add(
    "part3",
    first(lines, from, [heading(3), matches(NARRATIVE_HEADING, "NARRATIVE heading"), matches(PART3_LEAD, "Part III instruction")]),
  );
  add(
    "part4",
    first(lines, from, [
      heading(4),
      matches(PART4_TITLE, "OTHER INFORMATION heading"),
      (value) => (Q1.test(value) && (ITEM_NUMBER.test(value) || Q1_UNNUMBERED.test(value)) ? "question (1)" : null),
    ]),
  );
  const signature = first(lines, from, [
    matches(SIGNATURE_HEADING, "SIGNATURE heading"),
    matches(SIGNATURE_CAPTION, "Name of Registrant as Specified in Charter caption"),
    matches(SIGNATURE_SENTENCE, "has caused this notification sentence"),
  ]);
  if (signature) {
    // The official layout puts the registrant's name above its caption:
    // take that value line into the signature block.
    let line = signature.line;
    const value = lines[line]?.value ?? "";
    const after = restAfterCaption(value, SIGNATURE_CAPTION, SIGNATURE_CAPTION_TRAIL);
    const parenthesised = OPENS_WITH_BRACKET.test(value);
    // "Name of Registrant as Specified in Charter:" with its value on the next
    // line keeps the block's start (fixtures/constructed/layout/caption-value-below.txt).
    const below = lines[skipBlankLines(lines, line + 1, 1, lines.length)]?.value ?? "";
    const valueBelow = !parenthesised && after === "" && !SIGNATURE_SENTENCE.test(below) && !DATE_LINE.test(below);
    if (after !== null && (parenthesised || (after === "" && !valueBelow))) {
      const j = skipBlankLines(lines, line - 1, -1, from);
      if (j > from && (lines[j]?.value.trim().length ?? 0) < 100) line = j;
    }
    add("signature", { line, anchor: signature.anchor });
  }
  add(
    "trailer",
    first(lines, from, [matches(INSTRUCTIONS_HEADING, "INSTRUCTIONS heading"), matches(LETTER_SALUTATION, "letter salutation")]),
  );
  return starts;
}
