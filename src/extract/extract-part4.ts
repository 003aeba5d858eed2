import type { VFile } from "vfile";
import type { FormRoot, LineNode } from "../parse/form-tree.js";
import {
  BARE_YES_NO,
  CHANGE_STATEMENT,
  CONTACT_CAPTION,
  DASH_RULE_ONLY,
  FORWARD_LOOKING_HEADING,
  NOT_APPLICABLE,
  PART_HEADING,
  PART4_TITLE,
  PHONE,
  Q1,
  Q1_END,
  Q2,
  Q2_END,
  Q2_END_FILED,
  Q2_QUESTION_LINE,
  IF_ANSWER_NO,
  NAME_END,
  Q3,
  Q3_END,
  Q3_INSTRUCTION,
  Q3_INSTRUCTION_END,
  REPORTS_FILED_STATEMENT,
  TITLE_WORDS,
  TRAILING_LIST_PUNCTUATION,
  YES_NO_LABEL,
} from "../patterns/form-patterns.js";
import { LATIN_LETTER, LATIN_LETTER_OR_DIGIT } from "../patterns/text-patterns.js";
import { cleanValue, collapse, leadingSpace } from "../text/clean-text.js";
import { context, setField, warn, type ExtractContext, type Span } from "./context.js";
import { buildLongText, type LongText } from "./long-text.js";
import { readChoices } from "./read-choices.js";
import { blankMatches, firstMatchFrom } from "./scan-matches.js";
import { findLineIndex, requireSection } from "./section-lines.js";

declare module "vfile" {
  interface DataMap {
    changeExplanation: LongText | null;
  }
}

/** End offset of a printed question: the first `end` match after `from` within `to`. */
function questionEnd(text: string, re: RegExp, from: number, to: number): number {
  const m = firstMatchFrom(text, re, from, to);
  return m ? m.index + m[0].length : from;
}

/**
 * Reads a Yes/No answer between `from` and `to`: marks beside "Yes"/"No" in
 * either order ("☒ Yes ☐ No", "Yes ☒ No ☐", "[X] YES [ ] NO"), else a bare
 * "YES"/"NO" word standing as the answer (fixtures/samples/igene-nt10k-1998.txt).
 */
export function readYesNo(text: string, from: number, to: number): { value: boolean | null; span: Span | null; unreadable: boolean; rowEnd: number } {
  const choices = readChoices(text, YES_NO_LABEL, from, to).slice(0, 2);
  const yes = choices.find((c) => c.match.groups?.yes);
  const no = choices.find((c) => c.match.groups?.no);
  const rowEnd = choices.length ? Math.max(...choices.map((c) => Math.max(c.labelSpan.end, c.markSpan?.end ?? 0))) : from;
  if (yes?.state === true && no?.state !== true) return { value: true, span: yes.markSpan ?? yes.labelSpan, unreadable: false, rowEnd };
  if (no?.state === true && yes?.state !== true) return { value: false, span: no.markSpan ?? no.labelSpan, unreadable: false, rowEnd };
  if (choices.some((c) => c.unreadable)) return { value: null, span: null, unreadable: true, rowEnd };
  // A bare word answer: the first word of the answer is YES or NO.
  const answer = text.slice(from, to);
  const lead = leadingSpace(answer);
  const word = BARE_YES_NO.exec(answer.slice(lead));
  if (word && (choices.length === 1 || choices.every((c) => c.markSpan === null))) {
    const start = from + lead;
    return { value: word[1]?.toLowerCase() === "yes", span: { start, end: start + (word[0]?.length ?? 0) }, unreadable: false, rowEnd: start + (word[0]?.length ?? 0) };
  }
  return { value: null, span: null, unreadable: false, rowEnd };
}

function readContact(ctx: ExtractContext, file: VFile, lines: LineNode[], q1: number, q2: number): void {
  const text = ctx.derived.text;
  const q1Line = lines[q1] as LineNode;
  const endLine = q2 >= 0 ? (lines[q2] as LineNode).start : (lines[Math.min(lines.length - 1, q1 + 8)] as LineNode).end;
  const from = questionEnd(text, Q1_END, q1Line.start, endLine);
  const region = text.slice(from, endLine);
  const blanked = blankMatches(region, CONTACT_CAPTION);
  const phone = PHONE.exec(blanked);
  if (phone) {
    const start = from + phone.index;
    setField(ctx, "part4.contactPhone", collapse(phone[0]), { start, end: start + phone[0].length });
  } else warn(file, "part4.contactPhone", "field-missing", "no telephone number in Part IV (1)");
  // The name: the value text before the phone (same line or the lines above it).
  const beforePhone = phone ? blanked.slice(0, phone.index) : blanked;
  const valueLines = beforePhone.split("\n").map((s) => s.replaceAll("\t", "   ")).filter((s) => cleanValue(s) && !DASH_RULE_ONLY.test(s));
  let name = valueLines.length ? cleanValue(valueLines[valueLines.length - 1] as string) : "";
  if (!name && phone) {
    const after = blanked.slice(phone.index + phone[0].length).split("\n").map(cleanValue).find((s) => s);
    name = after ?? "";
  }
  name = name.split(NAME_END)[0] ?? name;
  const comma = name.indexOf(",");
  if (comma > 0 && TITLE_WORDS.test(name.slice(comma))) name = name.slice(0, comma);
  name = cleanValue(name.replace(TRAILING_LIST_PUNCTUATION, ""));
  if (name && LATIN_LETTER.test(name)) {
    const at = text.indexOf(name.split(" ")[0] as string, from);
    setField(ctx, "part4.contactName", name, at >= 0 ? { start: at, end: at + name.length } : null);
  } else warn(file, "part4.contactName", "field-missing", "no contact name in Part IV (1)");
}

/** Reads Part IV: contact, other reports filed, significant change and its explanation. */
export function readPart4(file: VFile): void {
  const ctx = context(file);
  file.data.changeExplanation = null;
  const lines = requireSection(file, "part4", "part4.otherReportsFiled", "Part IV was not found");
  if (!lines) return;
  const text = ctx.derived.text;
  const q1 = findLineIndex(lines, Q1);
  const q2 = findLineIndex(lines, Q2, Math.max(0, q1));
  const q3 = findLineIndex(lines, Q3, Math.max(0, q2));
  const sectionEnd = (lines[lines.length - 1] as LineNode).end;

  if (q1 >= 0) readContact(ctx, file, lines, q1, q2);
  else warn(file, "part4.contactName", "field-missing", "Part IV (1) was not found");

  // (2) Have all other periodic reports been filed?
  if (q2 >= 0) {
    const q2Line = lines[q2] as LineNode;
    const to = q3 >= 0 ? (lines[q3] as LineNode).start : sectionEnd;
    const identify = questionEnd(text, Q2_END, q2Line.start, Math.min(to, q2Line.start + 700));
    const from = identify > q2Line.start ? identify : questionEnd(text, Q2_END_FILED, q2Line.start, to);
    let answer = readYesNo(text, from, to);
    if (answer.value === null && from > q2Line.start) {
      // The Yes/No row may stand between "…been filed?" and "If answer is no,
      // identify report(s).": read it there, with that sentence blanked.
      const filed = questionEnd(text, Q2_END_FILED, q2Line.start, to);
      const blanked = blankMatches(text.slice(0, to), IF_ANSWER_NO);
      if (filed > q2Line.start) {
        const early = readYesNo(blanked, filed, to);
        if (early.value !== null) answer = early;
      }
    }
    const statement = REPORTS_FILED_STATEMENT.exec(text.slice(q2Line.start, to));
    if (answer.value !== null) setField(ctx, "part4.otherReportsFiled", answer.value, answer.span);
    else if (statement && !Q2_QUESTION_LINE.test(q2Line.value)) {
      const s = q2Line.start + statement.index;
      setField(ctx, "part4.otherReportsFiled", !statement.groups?.not, { start: s, end: s + statement[0].length });
    } else warn(file, "part4.otherReportsFiled", answer.unreadable ? "checkbox-unreadable" : "field-missing", "no answer to Part IV (2)", { start: q2Line.start, end: q2Line.end });
    if (ctx.record.part4.otherReportsFiled === false) {
      const rest = lines.filter((l) => l.start >= answer.rowEnd && l.end <= to);
      const first = rest[0];
      const cutStart = first ? Math.max(first.start, answer.rowEnd) : answer.rowEnd;
      const long = buildLongText(rest, first ? [{ start: first.start, end: cutStart }] : []);
      if (long && !NOT_APPLICABLE.test(long.value)) setField(ctx, "part4.reportsNotFiled", long.value, long.span);
    }
  } else warn(file, "part4.otherReportsFiled", "field-missing", "Part IV (2) was not found");

  // (3) Is a significant change in results anticipated? And its explanation.
  if (q3 >= 0) {
    const q3Line = lines[q3] as LineNode;
    const qEnd = questionEnd(text, Q3_END, q3Line.start, sectionEnd);
    const instrStart = firstMatchFrom(text, Q3_INSTRUCTION, q3Line.start, sectionEnd)?.index ?? -1;
    const instrEnd = instrStart >= 0 ? questionEnd(text, Q3_INSTRUCTION_END, instrStart, Math.min(sectionEnd, instrStart + 600)) : -1;
    // The answer row may stand before or after the printed instruction.
    let answer = readYesNo(text, qEnd, instrStart > qEnd ? instrStart : sectionEnd);
    if (answer.value === null && instrEnd > 0) answer = readYesNo(text, instrEnd, Math.min(sectionEnd, instrEnd + 300));
    const statement = CHANGE_STATEMENT.exec(q3Line.value);
    if (answer.value !== null) setField(ctx, "part4.significantChange", answer.value, answer.span);
    else if (statement) setField(ctx, "part4.significantChange", !statement.groups?.not, { start: q3Line.start, end: q3Line.end });
    else warn(file, "part4.significantChange", answer.unreadable ? "checkbox-unreadable" : "field-missing", "no answer to Part IV (3)", { start: q3Line.start, end: q3Line.end });

    const explStart = Math.max(answer.rowEnd, instrEnd > 0 ? instrEnd : qEnd);
    let explLines = lines.filter((l) => l.end > explStart && !PART_HEADING.test(l.value) && !PART4_TITLE.test(l.value));
    const fls = findLineIndex(explLines, FORWARD_LOOKING_HEADING);
    if (fls >= 0) explLines = explLines.slice(0, fls);
    const cut: Span[] = [];
    const head = explLines[0];
    if (head && head.start < explStart) cut.push({ start: head.start, end: explStart });
    if (instrStart > explStart) cut.push({ start: instrStart, end: instrEnd });
    const long = buildLongText(explLines, cut);
    file.data.changeExplanation = long;
    if (long && !NOT_APPLICABLE.test(long.value) && !isOnlyFiller(long.value)) setField(ctx, "part4.changeExplanation", long.value, long.span);
  } else warn(file, "part4.significantChange", "field-missing", "Part IV (3) was not found");
}

function isOnlyFiller(s: string): boolean {
  return !LATIN_LETTER_OR_DIGIT.test(s);
}

/** unified plugin: Part IV, other information. */
export function extractPart4() {
  return (_tree: FormRoot, file: VFile): void => readPart4(file);
}
