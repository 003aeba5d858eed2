import type { LineNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { CONTACT_CAPTION, NAME_END, PHONE, Q1_END, TRAILING_LIST_PUNCTUATION } from "./part4-patterns.js";
import { DASH_RULE_ONLY, TITLE_WORDS } from "../field-patterns.js";
import { LATIN_LETTER } from "../text-patterns.js";
import { cleanValue, collapse } from "../clean-text.js";
import type { ReadingBuilder } from "../reading.js";
import { blankMatches, matchEndFrom } from "../../core/scan.js";

/**
 * Reads Part IV (1), the contact: the telephone number after the printed
 * question (with the printed "(Name)", "(Area Code)"… captions blanked),
 * and the name before it on its line or the lines above, else after it;
 * a title after the name is left out. `q1` and `q2` are line indices of the
 * questions in `lines` (`q2` -1 when not found).
 */
export function readContact(b: ReadingBuilder<NtRecord["part4"]>, text: string, lines: LineNode[], q1: number, q2: number): void {
  const q1Line = lines[q1] as LineNode;
  const endLine = q2 >= 0 ? (lines[q2] as LineNode).start : (lines[Math.min(lines.length - 1, q1 + 8)] as LineNode).end;
  const from = matchEndFrom(text, Q1_END, q1Line.start, endLine);
  const region = text.slice(from, endLine);
  const blanked = blankMatches(region, CONTACT_CAPTION);
  const phone = PHONE.exec(blanked);
  if (phone) {
    const start = from + phone.index;
    b.set("contactPhone", collapse(phone[0]), { start, end: start + phone[0].length });
  } else b.warn("contactPhone", "field-missing", "no telephone number in Part IV (1)");
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
    b.set("contactName", name, at >= 0 ? { start: at, end: at + name.length } : null);
  } else b.warn("contactName", "field-missing", "no contact name in Part IV (1)");
}
