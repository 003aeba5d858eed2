import { BARE_YES_NO, YES_NO_LABEL } from "./part4-patterns.js";
import { leadingSpace } from "../clean-text.js";
import type { Span } from "../../core/span.js";
import { readChoices } from "../read-choices.js";

/** A Yes/No answer of Part IV. */
export interface YesNoAnswer {
  /** true Yes, false No, null no answer read. */
  value: boolean | null;
  /** The mark (or the bare word) that gives the answer. */
  span: Span | null;
  /** A box could not be read (unknown glyph). */
  unreadable: boolean;
  /** Where the answer row ends (`from` when no row was found). */
  rowEnd: number;
}

/**
 * Reads a Yes/No answer between `from` and `to`: marks beside "Yes"/"No" in
 * either order ("☒ Yes ☐ No", "Yes ☒ No ☐", "[X] YES [ ] NO"), else a bare
 * "YES"/"NO" word standing as the answer (fixtures/samples/igene-nt10k-1998.txt).
 */
export function readYesNo(text: string, from: number, to: number): YesNoAnswer {
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
