import type { VFile } from "vfile";
import type { FormRoot, LineNode } from "../../form/form-tree.js";
import { ACCOUNTANT_WORDS, FIRM_SUFFIX, LETTER_SIGN_OFF } from "./letter-patterns.js";
import { CONFORMED_SIGNATURE } from "../field-patterns.js";
import { LETTER_SALUTATION } from "../../core/form-patterns.js";
import { findDates } from "../read-date.js";
import { cleanValue } from "../clean-text.js";
import { allLines } from "../../form/build-form-tree.js";
import { context, setField, type ExtractContext } from "../field-context.js";
import { buildLongText, type LongText } from "../long-text.js";
import { inLine, valueSpanIn } from "../line-spans.js";
import { findLineIndex, sectionLines, valueLineIndices } from "../section-lines.js";

/** The letter's body with the derived text and document it was read from (for evidence). */
export interface LetterText {
  /** The letter's body. */
  long: LongText;
  /** The derived text the body was read from (the notice's, or an exhibit's). */
  derived: ExtractContext["derived"];
  /** Offset of that document's body inside the input text. */
  documentOffset: ExtractContext["documentOffset"];
}

declare module "vfile" {
  interface DataMap {
    /** The accountant's letter, kept for the reason coder's evidence. */
    auditorLetter: LetterText | null;
  }
}

/**
 * Reads an accountant's statement under Rule 12b-25(c) from `lines`: body
 * from the end of the salutation to the sign-off, the firm from the
 * conformed signature under the sign-off (or the letterhead), the date
 * nearest above the salutation. Returns false when the lines hold no letter.
 */
function readLetterFrom(ctx: ExtractContext, file: VFile, lines: LineNode[], standalone: boolean): boolean {
  const s = findLineIndex(lines, LETTER_SALUTATION);
  const bodyStart = s >= 0 ? s + 1 : standalone ? 0 : -1;
  if (bodyStart < 0) return false;
  let e = findLineIndex(lines, LETTER_SIGN_OFF, bodyStart);
  if (e < 0) e = findLineIndex(lines, CONFORMED_SIGNATURE, bodyStart);
  const bodyLines = lines.slice(bodyStart, e >= 0 ? e : lines.length);
  const body = buildLongText(bodyLines);
  if (!body || !ACCOUNTANT_WORDS.test(body.value)) return false;

  ctx.record.auditorLetter = { firm: null, date: null, text: null };
  setField(ctx, "auditorLetter.text", body.value, body.span);
  file.data.auditorLetter = { long: body, derived: ctx.derived, documentOffset: ctx.documentOffset };

  // Firm: the signature under the sign-off, else a letterhead line with a firm suffix.
  let firmSet = false;
  if (e >= 0) {
    for (const i of valueLineIndices(lines, e + 1, 3)) {
      const l = lines[i] as LineNode;
      const sig = CONFORMED_SIGNATURE.exec(l.value);
      const from = sig ? sig.index + sig[0].length : 0;
      const value = cleanValue(l.value.slice(from));
      if (value && (sig || FIRM_SUFFIX.test(value))) {
        setField(ctx, "auditorLetter.firm", value, valueSpanIn(l, value, from));
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
      setField(ctx, "auditorLetter.firm", value, valueSpanIn(l, value));
    }
  }
  // Date: nearest above the salutation, else the first after the sign-off.
  for (let i = head.length - 1; i >= 0; i--) {
    const l = head[i] as LineNode;
    const d = findDates(l.value);
    const last = d[d.length - 1];
    if (last) {
      setField(ctx, "auditorLetter.date", last.iso, inLine(l, last.start, last.end));
      return true;
    }
  }
  for (const l of lines.slice(e >= 0 ? e : lines.length)) {
    const d = findDates(l.value)[0];
    if (d) {
      setField(ctx, "auditorLetter.date", d.iso, inLine(l, d.start, d.end));
      break;
    }
  }
  return true;
}

/** Reads the accountant's letter: inline after the form, else a separate exhibit. */
function readLetter(file: VFile): void {
  const ctx = context(file);
  file.data.auditorLetter = null;
  ctx.record.auditorLetter = null;
  // A letter pasted right after the signature (no instructions between) may
  // start inside the signature block: read both (fixtures/constructed/layout/letter-after-signature.txt).
  const signature = sectionLines(ctx.root, "signature");
  const lastSig = signature.reduce((n, l, i) => (CONFORMED_SIGNATURE.test(l.value) ? i : n), -1);
  const tail = [...signature.slice(lastSig + 1), ...sectionLines(ctx.root, "trailer")];
  if (readLetterFrom(ctx, file, tail, false)) return;
  for (const letter of ctx.letters) {
    const lctx: ExtractContext = { ...ctx, derived: letter.derived, documentOffset: letter.documentOffset, root: letter.root };
    if (readLetterFrom(lctx, file, allLines(letter.root), true)) return;
  }
}

/** unified plugin: the accountant's statement under Rule 12b-25(c). */
export function extractLetter() {
  return (_tree: FormRoot, file: VFile): void => readLetter(file);
}
