import type { LineNode, SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { ACCOUNTANT_WORDS, FIRM_SUFFIX, LETTER_SIGN_OFF } from "./letter-patterns.js";
import { CONFORMED_SIGNATURE } from "../field-patterns.js";
import { LETTER_SALUTATION } from "../../core/form-patterns.js";
import { findDates } from "../read-date.js";
import { cleanValue } from "../clean-text.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { buildLongText, type LongText } from "../long-text.js";
import { inLine, valueSpanIn } from "../line-spans.js";
import { findLineIndex, valueLineIndices } from "../section-lines.js";

/** The fields of an accountant's letter. */
type LetterGroup = NonNullable<NtRecord["auditorLetter"]>;

/** An accountant's letter as read: its fields, and its body with its offset map (the reasons read it). */
export interface LetterReading extends Reading<LetterGroup> {
  kind: "letter";
  body: LongText;
}

/**
 * The lines of the notice that may hold an accountant's letter: the
 * signature block after its last conformed signature (a letter pasted right
 * after the signature, no instructions between, may start inside the block:
 * fixtures/constructed/layout/letter-after-signature.txt), then the trailer.
 */
export function letterLines(signature: SectionNode, trailer: SectionNode): LineNode[] {
  const lines = signature.children;
  const lastSig = lines.reduce((n, l, i) => (CONFORMED_SIGNATURE.test(l.value) ? i : n), -1);
  return [...lines.slice(lastSig + 1), ...trailer.children];
}

/**
 * Reads an accountant's statement under Rule 12b-25(c) from `lines`: body
 * from the end of the salutation to the sign-off, the firm from the
 * conformed signature under the sign-off (or the letterhead), the date
 * nearest above the salutation. `standalone`: the lines are an exhibit of
 * their own, whose body may start without a salutation. Null when the lines
 * hold no letter.
 */
export function readLetter(lines: LineNode[], standalone: boolean): LetterReading | null {
  const s = findLineIndex(lines, LETTER_SALUTATION);
  const bodyStart = s >= 0 ? s + 1 : standalone ? 0 : -1;
  if (bodyStart < 0) return null;
  let e = findLineIndex(lines, LETTER_SIGN_OFF, bodyStart);
  if (e < 0) e = findLineIndex(lines, CONFORMED_SIGNATURE, bodyStart);
  const bodyLines = lines.slice(bodyStart, e >= 0 ? e : lines.length);
  const body = buildLongText(bodyLines);
  if (!body || !ACCOUNTANT_WORDS.test(body.value)) return null;

  const b = new ReadingBuilder<LetterGroup>("auditorLetter");
  b.set("text", body.value, body.span);

  // Firm: the signature under the sign-off, else a letterhead line with a firm suffix.
  let firmSet = false;
  if (e >= 0) {
    for (const i of valueLineIndices(lines, e + 1, 3)) {
      const l = lines[i] as LineNode;
      const sig = CONFORMED_SIGNATURE.exec(l.value);
      const from = sig ? sig.index + sig[0].length : 0;
      const value = cleanValue(l.value.slice(from));
      if (value && (sig || FIRM_SUFFIX.test(value))) {
        b.set("firm", value, valueSpanIn(l, value, from));
        firmSet = true;
        break;
      }
    }
  }
  const head = lines.slice(Math.max(0, (s >= 0 ? s : bodyStart) - 40), s >= 0 ? s : bodyStart);
  if (!firmSet) {
    const l = head.find((h) => FIRM_SUFFIX.test(cleanValue(h.value)));
    if (l) {
      const value = cleanValue(l.value);
      b.set("firm", value, valueSpanIn(l, value));
    }
  }
  // Date: nearest above the salutation, else the first after the sign-off.
  for (let i = head.length - 1; i >= 0; i--) {
    const l = head[i] as LineNode;
    const d = findDates(l.value);
    const last = d[d.length - 1];
    if (last) {
      b.set("date", last.iso, inLine(l, last.start, last.end));
      return { kind: "letter", ...b.build(), body };
    }
  }
  for (const l of lines.slice(e >= 0 ? e : lines.length)) {
    const d = findDates(l.value)[0];
    if (d) {
      b.set("date", d.iso, inLine(l, d.start, d.end));
      break;
    }
  }
  return { kind: "letter", ...b.build(), body };
}
