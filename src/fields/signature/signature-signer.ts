import type { LineNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { LATIN_LETTER } from "../text-patterns.js";
import { BY_CAPTION, BY_MARK, NAME_CAPTION, NAME_SUFFIX, TITLE_CAPTION, TITLE_CONNECTOR_END, TITLE_CONTINUATION, TITLE_TAIL } from "./signature-patterns.js";
import { CONFORMED_SIGNATURE, TITLE_WORDS } from "../field-patterns.js";
import { DATE_CAPTION, SIGNATURE_CAPTION } from "../../core/form-patterns.js";
import { cleanValue, leadingSpace, valueStart } from "../clean-text.js";
import type { ReadingBuilder } from "../reading.js";
import { valueSpanIn } from "../line-spans.js";
import { findLineIndex, valueLineIndices } from "../section-lines.js";
import { setAfterCaption, setLineValue } from "./signature-values.js";

/** Splits "Stephen F. Hiu, Ph.D., President" into name and title. */
function splitSigner(text: string): { name: string; title: string | null } {
  const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
  let cut = parts.length;
  for (let i = 1; i < parts.length; i++) {
    if (!NAME_SUFFIX.test(parts[i] as string) && TITLE_WORDS.test(parts.slice(i).join(", "))) {
      cut = i;
      break;
    }
  }
  const name = parts.slice(0, cut).join(", ");
  const title = parts.slice(cut).join(", ");
  return { name: cleanValue(name), title: title ? cleanValue(title) : null };
}

/**
 * A title that ends with "and", "of", a comma… goes on on the next line
 * ("Executive Vice President and" / "Chief Financial Officer":
 * fixtures/constructed/marks/slashes.txt); appends that line.
 */
function continueTitle(b: ReadingBuilder<NtRecord["signature"]>, lines: LineNode[], at: number): void {
  const title = b.values.title;
  const next = lines[at + 1];
  if (!title || !next || !(TITLE_CONNECTOR_END.test(title) || TITLE_TAIL.test(next.value))) return;
  const more = cleanValue(next.value);
  if (!more || DATE_CAPTION.test(next.value) || BY_CAPTION.test(next.value) || more.length > 80) return;
  const joined = cleanValue(`${title} ${more}`);
  b.values.title = joined;
  // The evidence stands where the title starts and quotes it whole.
  const ev = b.evidence.get(b.path("title"));
  if (ev && !Array.isArray(ev)) b.prove("title", { kind: "quote", at: ev.kind === "quote" ? ev.at : ev.span.start, text: joined });
}

/**
 * Reads the signer's name and title: "Name:" / "Title:" captions win; else
 * the "/s/" line ("/s/ Jane Roe, Chief Financial Officer"), with the title
 * on a following line when the "/s/" line has none.
 */
export function readSigner(b: ReadingBuilder<NtRecord["signature"]>, text: string, lines: LineNode[]): void {
  const nameAt = lines.findIndex((l) => NAME_CAPTION.test(l.value) && !SIGNATURE_CAPTION.test(l.value));
  const titleAt = findLineIndex(lines, TITLE_CAPTION);
  // The signer stands after "/s/"; a notice signed without it names the
  // signer after "By:" ("By: Jane Roe").
  let sAt = findLineIndex(lines, CONFORMED_SIGNATURE);
  let marker = CONFORMED_SIGNATURE;
  if (sAt < 0) {
    sAt = lines.findIndex((l) => {
      const by = BY_MARK.exec(l.value);
      return by !== null && LATIN_LETTER.test(l.value.slice(by.index + by[0].length));
    });
    marker = BY_MARK;
  }
  let haveName = false;
  let haveTitle = false;
  if (nameAt >= 0) haveName = setAfterCaption(b, "name", lines[nameAt] as LineNode, NAME_CAPTION);
  if (titleAt >= 0) {
    haveTitle = setAfterCaption(b, "title", lines[titleAt] as LineNode, TITLE_CAPTION);
    if (haveTitle) continueTitle(b, lines, titleAt);
  }
  if (sAt >= 0 && (!haveName || !haveTitle)) {
    const l = lines[sAt] as LineNode;
    const m = marker.exec(l.value) as RegExpExecArray;
    const rest = l.value.slice(m.index + m[0].length);
    const signer = splitSigner(rest.replaceAll("\t", ", "));
    const start = l.start + m.index + m[0].length + leadingSpace(rest);
    if (!haveName && signer.name) {
      b.set("name", signer.name, { start, end: start + signer.name.length });
      haveName = true;
    }
    if (!haveTitle && signer.title) {
      b.set("title", signer.title, valueSpanIn(l, signer.title, m.index));
      haveTitle = true;
      continueTitle(b, lines, sAt);
    }
    if (!haveTitle) haveTitle = readTitleBelow(b, text, lines, sAt);
  }
  if (!haveName) b.warn("name", "field-missing", "no signer in the signature block");
  if (!haveTitle) b.warn("title", "field-missing", "no signer's title in the signature block");
}

/** The most lines from a title to its parenthesised continuation (blank lines between cells of a text rendering). */
const MAX_TITLE_GAP = 4;

/** The title on one of the four value lines under the "/s/" line (often after a repeat of the name). */
function readTitleBelow(b: ReadingBuilder<NtRecord["signature"]>, text: string, lines: LineNode[], sAt: number): boolean {
  for (const i of valueLineIndices(lines, sAt + 1, 4)) {
    const next = lines[i] as LineNode;
    const v = cleanValue(next.value);
    if (DATE_CAPTION.test(next.value) || BY_CAPTION.test(next.value)) continue;
    if (!(TITLE_WORDS.test(v) && v.length < 120)) continue;
    const t = TITLE_CAPTION.exec(next.value);
    // A title may go on in parentheses on the next line (fixtures/samples/Luke-Bradford_domo_nt10q.htm),
    // blank lines between in a text rendering of its table cells.
    const moreAt = valueLineIndices(lines, i + 1, 1).next().value;
    const more = moreAt !== undefined && moreAt - i <= MAX_TITLE_GAP ? lines[moreAt] : undefined;
    if (more && TITLE_CONTINUATION.test(more.value) && TITLE_WORDS.test(more.value)) {
      const start = next.start + (t ? t[0].length : 0);
      const written = text.slice(start, more.end);
      b.set("title", cleanValue(written), { start: start + valueStart(written), end: more.end });
      return true;
    }
    // "Jane Roe, Chief Financial Officer" under the /s/ line: the title is what follows the name.
    const split = splitSigner(v);
    const signer = b.values.name;
    let haveTitle: boolean;
    if (split.title && signer && split.name.toLowerCase() === signer.toLowerCase()) {
      const at = next.value.lastIndexOf(split.title.split(" ")[0] as string);
      b.set("title", split.title, { start: next.start + at, end: next.end });
      haveTitle = true;
    } else haveTitle = setLineValue(b, "title", next, t ? t[0].length : 0, next.value.length);
    if (haveTitle) continueTitle(b, lines, i);
    return haveTitle;
  }
  return false;
}
