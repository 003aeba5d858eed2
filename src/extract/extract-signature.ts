import type { VFile } from "vfile";
import type { FormRoot, LineNode } from "../parse/form-tree.js";
import {
  BY_CAPTION,
  CONFORMED_SIGNATURE,
  DATE_CAPTION,
  NAME_CAPTION,
  NAME_SUFFIX,
  OPENS_WITH_BRACKET,
  SIGNATURE_CAPTION,
  SIGNATURE_HEADING,
  SIGNATURE_SENTENCE,
  TITLE_CAPTION,
  TITLE_WORDS,
  TRAILING_HAS,
  PURSUANT_LEAD,
  TITLE_CONTINUATION,
  TITLE_CONNECTOR_END,
  TITLE_TAIL,
} from "../patterns/form-patterns.js";
import { findDates } from "../parse/read-date.js";
import { cleanValue, leadingSpace, unbracket, valueStart } from "../text/clean-text.js";
import { context, setField, warn, type ExtractContext } from "./context.js";
import { inLine, valueSpanIn } from "./line-spans.js";
import { findLineIndex, isFiller, requireSection, valueLineIndices } from "./section-lines.js";

/** Splits "Stephen F. Hiu, Ph.D., President" into name and title. */
export function splitSigner(text: string): { name: string; title: string | null } {
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

function valueLine(lines: LineNode[], from: number, step: 1 | -1, limit = 3): LineNode | null {
  for (let i = from + step, n = 0; i >= 0 && i < lines.length && n < limit; i += step, n++) {
    const l = lines[i] as LineNode;
    if (isFiller(l)) continue;
    return l;
  }
  return null;
}

function setText(ctx: ExtractContext, path: string, line: LineNode, from: number, to: number): boolean {
  const raw = line.value.slice(from, to);
  const kept = unbracket(raw).replace(TRAILING_HAS, "");
  const value = cleanValue(kept);
  if (!value) return false;
  const at = raw.indexOf(kept);
  const start = at >= 0 ? from + at + valueStart(kept) : from + valueStart(raw);
  const end = at >= 0 ? from + at + kept.trimEnd().length : to;
  setField(ctx, path, value, inLine(line, start, end));
  return true;
}

/**
 * A title that ends with "and", "of", a comma… goes on on the next line
 * ("Executive Vice President and" / "Chief Financial Officer":
 * fixtures/constructed/marks/slashes.txt); appends that line.
 */
function continueTitle(ctx: ExtractContext, lines: LineNode[], at: number): void {
  const title = ctx.record.signature.title;
  const next = lines[at + 1];
  if (!title || !next || !(TITLE_CONNECTOR_END.test(title) || TITLE_TAIL.test(next.value))) return;
  const more = cleanValue(next.value);
  if (!more || DATE_CAPTION.test(next.value) || BY_CAPTION.test(next.value) || more.length > 80) return;
  const ev = ctx.record.evidence["signature.title"];
  ctx.record.signature.title = cleanValue(`${title} ${more}`);
  if (ev && !Array.isArray(ev)) ev.text = ctx.record.signature.title;
}

function text(ctx: ExtractContext, start: number, end: number): string {
  return ctx.derived.text.slice(start, end);
}

/** Reads the signature block: registrant name, date, signer and title. */
export function readSignature(file: VFile): void {
  const ctx = context(file);
  const lines = requireSection(file, "signature", "signature.name", "the signature block was not found");
  if (!lines) return;

  // Registrant name: beside its caption, before "has caused this…", or on the line above the caption.
  const capAt = findLineIndex(lines, SIGNATURE_CAPTION);
  let named = false;
  if (capAt >= 0) {
    const l = lines[capAt] as LineNode;
    const m = SIGNATURE_CAPTION.exec(l.value) as RegExpExecArray;
    const afterStart = m.index + m[0].length;
    const sentence = SIGNATURE_SENTENCE.exec(l.value.slice(afterStart));
    const afterEnd = sentence ? afterStart + sentence.index : l.value.length;
    named = setText(ctx, "signature.registrantName", l, afterStart, afterEnd);
    if (!named && m.index > 0) named = setText(ctx, "signature.registrantName", l, 0, m.index);
    if (!named && !OPENS_WITH_BRACKET.test(l.value)) {
      // "…Specified in Charter:" with the name on the next line.
      const below = valueLine(lines, capAt, 1);
      if (below && !SIGNATURE_SENTENCE.test(below.value) && !DATE_CAPTION.test(below.value) && !BY_CAPTION.test(below.value)) {
        named = setText(ctx, "signature.registrantName", below, 0, below.value.length);
      }
    }
    if (!named) {
      const above = valueLine(lines, capAt, -1);
      if (above && !SIGNATURE_HEADING.test(above.value)) named = setText(ctx, "signature.registrantName", above, 0, above.value.length);
    }
  }
  if (!named) {
    const sAt = findLineIndex(lines, SIGNATURE_SENTENCE);
    const l = lines[sAt];
    if (l) {
      const m = SIGNATURE_SENTENCE.exec(l.value) as RegExpExecArray;
      const before = l.value.slice(0, m.index);
      if (m.index > 0 && !PURSUANT_LEAD.test(before.trimEnd())) named = setText(ctx, "signature.registrantName", l, 0, m.index);
      else if (PURSUANT_LEAD.test(l.value)) {
        // 10-K-style wording: "Pursuant to … the registrant has duly caused
        // this report to be signed…", then the name on the next line
        // (fixtures/samples/0001213900-26-083374.htm).
        const next = valueLine(lines, sAt, 1);
        if (next && !DATE_CAPTION.test(next.value) && !BY_CAPTION.test(next.value) && !CONFORMED_SIGNATURE.test(next.value)) {
          named = setText(ctx, "signature.registrantName", next, 0, next.value.length);
        }
      }
    }
  }
  if (!named) warn(file, "signature.registrantName", "field-missing", "no registrant name in the signature block");

  // Date.
  const dateAt = lines.findIndex((l) => DATE_CAPTION.test(l.value) && findDates(l.value).length > 0);
  const dateLine = lines[dateAt] ?? lines.find((l) => findDates(l.value).length > 0);
  const date = dateLine ? findDates(dateLine.value)[0] : undefined;
  if (dateLine && date) setField(ctx, "signature.date", date.iso, inLine(dateLine, date.start, date.end));
  else warn(file, "signature.date", "field-missing", "no date in the signature block");

  // Signer and title: "Name:" / "Title:" captions win; else the "/s/" line.
  const nameAt = lines.findIndex((l) => NAME_CAPTION.test(l.value) && !SIGNATURE_CAPTION.test(l.value));
  const titleAt = findLineIndex(lines, TITLE_CAPTION);
  const sAt = findLineIndex(lines, CONFORMED_SIGNATURE);
  let haveName = false;
  let haveTitle = false;
  if (nameAt >= 0) {
    const l = lines[nameAt] as LineNode;
    haveName = setText(ctx, "signature.name", l, (NAME_CAPTION.exec(l.value) as RegExpExecArray)[0].length, l.value.length);
  }
  if (titleAt >= 0) {
    const l = lines[titleAt] as LineNode;
    haveTitle = setText(ctx, "signature.title", l, (TITLE_CAPTION.exec(l.value) as RegExpExecArray)[0].length, l.value.length);
    if (haveTitle) continueTitle(ctx, lines, titleAt);
  }
  if (sAt >= 0 && (!haveName || !haveTitle)) {
    const l = lines[sAt] as LineNode;
    const m = CONFORMED_SIGNATURE.exec(l.value) as RegExpExecArray;
    const rest = l.value.slice(m.index + m[0].length);
    const signer = splitSigner(rest.replaceAll("\t", ", "));
    const start = l.start + m.index + m[0].length + leadingSpace(rest);
    if (!haveName && signer.name) {
      setField(ctx, "signature.name", signer.name, { start, end: start + signer.name.length });
      haveName = true;
    }
    if (!haveTitle && signer.title) {
      setField(ctx, "signature.title", signer.title, valueSpanIn(l, signer.title, m.index));
      haveTitle = true;
      continueTitle(ctx, lines, sAt);
    }
    if (!haveTitle) {
      // The title on a following line (often after a repeat of the name).
      for (const i of valueLineIndices(lines, sAt + 1, 4)) {
        const next = lines[i] as LineNode;
        const v = cleanValue(next.value);
        if (DATE_CAPTION.test(next.value) || BY_CAPTION.test(next.value)) continue;
        if (TITLE_WORDS.test(v) && v.length < 120) {
          const t = TITLE_CAPTION.exec(next.value);
          // A title may go on in parentheses on the next line (fixtures/samples/Luke-Bradford_domo_nt10q.htm).
          const more = lines[i + 1];
          if (more && TITLE_CONTINUATION.test(more.value) && TITLE_WORDS.test(more.value)) {
            const start = next.start + (t ? t[0].length : 0);
            const value = cleanValue(text(ctx, start, more.end));
            setField(ctx, "signature.title", value, { start: start + valueStart(text(ctx, start, more.end)), end: more.end });
            haveTitle = true;
          } else {
            // "Jane Roe, Chief Financial Officer" under the /s/ line: the title is what follows the name.
            const split = splitSigner(v);
            const signer = ctx.record.signature.name;
            if (split.title && signer && split.name.toLowerCase() === signer.toLowerCase()) {
              const at = next.value.lastIndexOf(split.title.split(" ")[0] as string);
              setField(ctx, "signature.title", split.title, { start: next.start + at, end: next.end });
              haveTitle = true;
            } else haveTitle = setText(ctx, "signature.title", next, t ? t[0].length : 0, next.value.length);
            if (haveTitle) continueTitle(ctx, lines, i);
          }
          break;
        }
      }
    }
  }
  if (!haveName) warn(file, "signature.name", "field-missing", "no signer in the signature block");
  if (!haveTitle) warn(file, "signature.title", "field-missing", "no signer's title in the signature block");
}

/** unified plugin: the signature block. */
export function extractSignature() {
  return (_tree: FormRoot, file: VFile): void => readSignature(file);
}
