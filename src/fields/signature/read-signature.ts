import type { LineNode, SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { BY_CAPTION, PURSUANT_LEAD } from "./signature-patterns.js";
import { CONFORMED_SIGNATURE } from "../field-patterns.js";
import { DATE_CAPTION, OPENS_WITH_BRACKET, SIGNATURE_CAPTION, SIGNATURE_HEADING, SIGNATURE_SENTENCE } from "../../core/form-patterns.js";
import { findDates } from "../read-date.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { inLine } from "../line-spans.js";
import { findLineIndex } from "../section-lines.js";
import { readSigner } from "./signature-signer.js";
import { nearValueLine, setLineValue } from "./signature-values.js";

/** The field the signature block's registrant name fills. */
const NAME = "registrantName";

/** What the signature reader gives: the `signature` group. */
export interface SignatureReading extends Reading<NtRecord["signature"]> {
  kind: "signature";
}

/**
 * Reads the signature block: registrant name, date, signer and title
 * (`text` is the derived text its lines' offsets point into).
 */
export function readSignature(signature: SectionNode, text: string): SignatureReading {
  const b = new ReadingBuilder<NtRecord["signature"]>("signature");
  const lines = signature.children;
  if (lines.length === 0) {
    b.warn("name", "section-missing", "the signature block was not found");
    return { kind: "signature", ...b.build() };
  }

  if (!readNameAtCaption(b, lines) && !readNameAtSentence(b, lines)) {
    b.warn(NAME, "field-missing", "no registrant name in the signature block");
  }

  const dateAt = lines.findIndex((l) => DATE_CAPTION.test(l.value) && findDates(l.value).length > 0);
  const dateLine = lines[dateAt] ?? lines.find((l) => findDates(l.value).length > 0);
  const date = dateLine ? findDates(dateLine.value)[0] : undefined;
  if (dateLine && date) b.set("date", date.iso, inLine(dateLine, date.start, date.end));
  else b.warn("date", "field-missing", "no date in the signature block");

  readSigner(b, text, lines);
  return { kind: "signature", ...b.build() };
}

/**
 * The registrant's name by its caption "Name of Registrant as Specified in
 * Charter": after it on its line (up to "has caused this…"), before it, on
 * the next value line, or on the value line above.
 */
function readNameAtCaption(b: ReadingBuilder<NtRecord["signature"]>, lines: LineNode[]): boolean {
  const capAt = findLineIndex(lines, SIGNATURE_CAPTION);
  if (capAt < 0) return false;
  const l = lines[capAt] as LineNode;
  const m = SIGNATURE_CAPTION.exec(l.value) as RegExpExecArray;
  const afterStart = m.index + m[0].length;
  const sentence = SIGNATURE_SENTENCE.exec(l.value.slice(afterStart));
  const afterEnd = sentence ? afterStart + sentence.index : l.value.length;
  let named = setLineValue(b, NAME, l, afterStart, afterEnd);
  if (!named && m.index > 0) named = setLineValue(b, NAME, l, 0, m.index);
  if (!named && !OPENS_WITH_BRACKET.test(l.value)) {
    // "…Specified in Charter:" with the name on the next line.
    const below = nearValueLine(lines, capAt, 1);
    if (below && !SIGNATURE_SENTENCE.test(below.value) && !DATE_CAPTION.test(below.value) && !BY_CAPTION.test(below.value)) {
      named = setLineValue(b, NAME, below, 0, below.value.length);
    }
  }
  if (!named) {
    const above = nearValueLine(lines, capAt, -1);
    if (above && !SIGNATURE_HEADING.test(above.value)) named = setLineValue(b, NAME, above, 0, above.value.length);
  }
  return named;
}

/** The registrant's name by the sentence "… has caused this notification to be signed": before it, or after a 10-K-style lead-in. */
function readNameAtSentence(b: ReadingBuilder<NtRecord["signature"]>, lines: LineNode[]): boolean {
  const sAt = findLineIndex(lines, SIGNATURE_SENTENCE);
  const l = lines[sAt];
  if (!l) return false;
  const m = SIGNATURE_SENTENCE.exec(l.value) as RegExpExecArray;
  const before = l.value.slice(0, m.index);
  if (m.index > 0 && !PURSUANT_LEAD.test(before.trimEnd())) return setLineValue(b, NAME, l, 0, m.index);
  if (!PURSUANT_LEAD.test(l.value)) return false;
  // 10-K-style wording: "Pursuant to … the registrant has duly caused
  // this report to be signed…", then the name on the next line
  // (fixtures/samples/0001213900-26-083374.htm).
  const next = nearValueLine(lines, sAt, 1);
  if (next && !DATE_CAPTION.test(next.value) && !BY_CAPTION.test(next.value) && !CONFORMED_SIGNATURE.test(next.value)) {
    return setLineValue(b, NAME, next, 0, next.value.length);
  }
  return false;
}
