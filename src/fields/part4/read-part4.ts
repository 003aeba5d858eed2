import type { LineNode, SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { CHANGE_STATEMENT, FORWARD_LOOKING_HEADING, FORWARD_LOOKING_LEAD, IF_ANSWER_NO, Q2, Q2_END, Q2_END_FILED, Q2_QUESTION_LINE, Q3, Q3_END, Q3_INSTRUCTION, Q3_INSTRUCTION_END, REPORTS_FILED_STATEMENT } from "./part4-patterns.js";
import { NOT_APPLICABLE } from "../field-patterns.js";
import { PART_HEADING, PART4_TITLE, Q1 } from "../../core/form-patterns.js";
import { LATIN_LETTER_OR_DIGIT, QUESTION_NUMBER_ONLY } from "./part4-patterns.js";
import type { Span } from "../../core/span.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { buildLongText, type LongText } from "../long-text.js";
import { readContact } from "./part4-contact.js";
import { readYesNo } from "./read-yes-no.js";
import { blankMatches, firstMatchFrom, matchEndFrom } from "../../core/scan.js";
import { findLineIndex } from "../section-lines.js";

/**
 * What the Part IV reader gives: the `part4` group (its reading of (3) aside)
 * and the (3) explanation with its offset map when it is the field's value
 * (the reasons read it).
 */
export interface Part4Reading extends Reading<NtRecord["part4"]> {
  kind: "part4";
  changeExplanation: LongText | null;
}

/**
 * Reads Part IV: contact, other reports filed, significant change and its
 * explanation (`text` is the derived text its lines' offsets point into).
 */
export function readPart4(part4: SectionNode, text: string): Part4Reading {
  const b = new ReadingBuilder<NtRecord["part4"]>("part4");
  const lines = part4.children;
  if (lines.length === 0) {
    b.warn("otherReportsFiled", "section-missing", "Part IV was not found");
    return { kind: "part4", ...b.build(), changeExplanation: null };
  }
  const q1 = findLineIndex(lines, Q1);
  const q2 = findLineIndex(lines, Q2, Math.max(0, q1));
  const q3 = findLineIndex(lines, Q3, Math.max(0, q2));

  if (q1 >= 0) readContact(b, text, lines, q1, q2);
  else b.warn("contactName", "field-missing", "Part IV (1) was not found");

  if (q2 >= 0) readOtherReports(b, text, lines, q2, q3 >= 0 ? questionHead(lines, q3) : q3);
  else b.warn("otherReportsFiled", "field-missing", "Part IV (2) was not found");

  let explanation: LongText | null = null;
  if (q3 >= 0) explanation = readSignificantChange(b, text, lines, q3);
  else b.warn("significantChange", "field-missing", "Part IV (3) was not found");
  return { kind: "part4", ...b.build(), changeExplanation: explanation };
}

/**
 * The line where the question on line `q` starts: the line above when it
 * holds only the question's number ("(3)" in a cell of its own, blank lines
 * between in a text rendering of an HTML table).
 */
function questionHead(lines: LineNode[], q: number): number {
  for (let i = q - 1; i >= Math.max(0, q - 4); i--) {
    const value = (lines[i] as LineNode).value;
    if (value.trim() === "") continue;
    return QUESTION_NUMBER_ONLY.test(value) ? i : q;
  }
  return q;
}

/** (2) Have all other periodic reports been filed? If not, which ones. */
function readOtherReports(b: ReadingBuilder<NtRecord["part4"]>, text: string, lines: LineNode[], q2: number, q3: number): void {
  const q2Line = lines[q2] as LineNode;
  const to = q3 >= 0 ? (lines[q3] as LineNode).start : (lines[lines.length - 1] as LineNode).end;
  const identify = matchEndFrom(text, Q2_END, q2Line.start, Math.min(to, q2Line.start + 700));
  const from = identify > q2Line.start ? identify : matchEndFrom(text, Q2_END_FILED, q2Line.start, to);
  let answer = readYesNo(text, from, to);
  if (answer.value === null && from > q2Line.start) {
    // The Yes/No row may stand between "…been filed?" and "If answer is no,
    // identify report(s).": read it there, with that sentence blanked.
    const filed = matchEndFrom(text, Q2_END_FILED, q2Line.start, to);
    const blanked = blankMatches(text.slice(0, to), IF_ANSWER_NO);
    if (filed > q2Line.start) {
      const early = readYesNo(blanked, filed, to);
      if (early.value !== null) answer = early;
    }
  }
  const statement = REPORTS_FILED_STATEMENT.exec(text.slice(q2Line.start, to));
  if (answer.value !== null) b.set("otherReportsFiled", answer.value, answer.span);
  else if (statement && !Q2_QUESTION_LINE.test(q2Line.value)) {
    const s = q2Line.start + statement.index;
    b.set("otherReportsFiled", !statement.groups?.not, { start: s, end: s + statement[0].length });
  } else b.warn("otherReportsFiled", answer.unreadable ? "checkbox-unreadable" : "field-missing", "no answer to Part IV (2)", { start: q2Line.start, end: q2Line.end });
  if (b.values.otherReportsFiled === false) {
    const rest = lines.filter((l) => l.start >= answer.rowEnd && l.end <= to);
    const first = rest[0];
    const cutStart = first ? Math.max(first.start, answer.rowEnd) : answer.rowEnd;
    const long = buildLongText(rest, first ? [{ start: first.start, end: cutStart }] : []);
    if (long && !NOT_APPLICABLE.test(long.value)) b.set("reportsNotFiled", long.value, long.span);
  }
}

/** (3) Is a significant change in results anticipated? And its explanation: the long text when it is the field's value, else null. */
function readSignificantChange(b: ReadingBuilder<NtRecord["part4"]>, text: string, lines: LineNode[], q3: number): LongText | null {
  const sectionEnd = (lines[lines.length - 1] as LineNode).end;
  const q3Line = lines[q3] as LineNode;
  const qEnd = matchEndFrom(text, Q3_END, q3Line.start, sectionEnd);
  const instrStart = firstMatchFrom(text, Q3_INSTRUCTION, q3Line.start, sectionEnd)?.index ?? -1;
  const instrEnd = instrStart >= 0 ? matchEndFrom(text, Q3_INSTRUCTION_END, instrStart, Math.min(sectionEnd, instrStart + 600)) : -1;
  // The answer row may stand before or after the printed instruction.
  let answer = readYesNo(text, qEnd, instrStart > qEnd ? instrStart : sectionEnd);
  if (answer.value === null && instrEnd > 0) answer = readYesNo(text, instrEnd, Math.min(sectionEnd, instrEnd + 300));
  const statement = CHANGE_STATEMENT.exec(q3Line.value);
  if (answer.value !== null) b.set("significantChange", answer.value, answer.span);
  else if (statement) b.set("significantChange", !statement.groups?.not, { start: q3Line.start, end: q3Line.end });
  else b.warn("significantChange", answer.unreadable ? "checkbox-unreadable" : "field-missing", "no answer to Part IV (3)", { start: q3Line.start, end: q3Line.end });

  const explStart = Math.max(answer.rowEnd, instrEnd > 0 ? instrEnd : qEnd);
  let explLines = lines.filter((l) => l.end > explStart && !PART_HEADING.test(l.value) && !PART4_TITLE.test(l.value));
  // A forward-looking-statements section (with a heading, or a paragraph
  // opening that way) after Part IV is boilerplate, not the explanation
  // (fixtures/samples/Luke-Bradford_quantum_nt10k.htm).
  const fls = findLineIndex(explLines, FORWARD_LOOKING_HEADING);
  if (fls >= 0) explLines = explLines.slice(0, fls);
  const flsLead = explLines.findIndex((l, i) => FORWARD_LOOKING_LEAD.test(`${l.value} ${explLines[i + 1]?.value ?? ""}`) && (i === 0 || (explLines[i - 1]?.value.trim() ?? "") === ""));
  if (flsLead >= 0) explLines = explLines.slice(0, flsLead);
  const cut: Span[] = [];
  const head = explLines[0];
  if (head && head.start < explStart) cut.push({ start: head.start, end: explStart });
  if (instrStart > explStart) cut.push({ start: instrStart, end: instrEnd });
  const long = buildLongText(explLines, cut);
  if (!long || NOT_APPLICABLE.test(long.value) || isOnlyFiller(long.value)) return null;
  b.set("changeExplanation", long.value, long.span);
  return long;
}

/** Whether a text is layout only: no letter or digit. */
function isOnlyFiller(s: string): boolean {
  return !LATIN_LETTER_OR_DIGIT.test(s);
}
