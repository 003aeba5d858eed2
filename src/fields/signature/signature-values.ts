import type { LineNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { TRAILING_HAS } from "./signature-patterns.js";
import { cleanValue, unbracket, valueStart } from "../clean-text.js";
import type { ReadingBuilder } from "../reading.js";

/** The fields of the signature block that hold a line's text. */
export type SignatureKey = "registrantName" | "name" | "title";
import { inLine } from "../line-spans.js";
import { isFiller } from "../section-lines.js";

/**
 * The first line carrying a value from `from` on in the direction `step`
 * (not `from` itself), looking at most `limit` lines away; null when none.
 */
export function nearValueLine(lines: LineNode[], from: number, step: 1 | -1, limit = 3): LineNode | null {
  for (let i = from + step, n = 0; i >= 0 && i < lines.length && n < limit; i += step, n++) {
    const l = lines[i] as LineNode;
    if (isFiller(l)) continue;
    return l;
  }
  return null;
}

/** Sets a signature field from the text after a caption that opens its line ("Name: Jane Roe", "Title: CFO"). */
export function setAfterCaption(b: ReadingBuilder<NtRecord["signature"]>, key: SignatureKey, line: LineNode, caption: RegExp): boolean {
  return setLineValue(b, key, line, (caption.exec(line.value) as RegExpExecArray)[0].length, line.value.length);
}

/**
 * Sets a signature field from columns `from`–`to` of a line: brackets and a
 * trailing "has" (the start of the signature sentence) left out, the value
 * cleaned, the span on what is kept. False when nothing is left.
 */
export function setLineValue(b: ReadingBuilder<NtRecord["signature"]>, key: SignatureKey, line: LineNode, from: number, to: number): boolean {
  const raw = line.value.slice(from, to);
  const kept = unbracket(raw).replace(TRAILING_HAS, "");
  const value = cleanValue(kept);
  if (!value) return false;
  const at = raw.indexOf(kept);
  const start = at >= 0 ? from + at + valueStart(kept) : from + valueStart(raw);
  const end = at >= 0 ? from + at + kept.trimEnd().length : to;
  b.set(key, value, inLine(line, start, end));
  return true;
}
