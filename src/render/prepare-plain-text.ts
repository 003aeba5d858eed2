import { blankMatches } from "../core/scan.js";
import { SGML_TEXT_TAG } from "./render-patterns.js";
import { relineCollapsed } from "./reline-collapsed.js";
import { identityText, type DerivedText } from "../core/derived-text.js";

/**
 * The derived text of a plain-text notice: the body as it is, with the SGML
 * table markup of 1990s bodies (`<PAGE>`, `<TABLE>`, `<S>`, `<C>`:
 * fixtures/excerpts/excerpt-008.txt) blanked to spaces of the same length, so
 * every offset stays the source's own; and a notice whose line breaks were
 * lost gets them back where the printed form breaks its lines (a break
 * replaces a space: reline-collapsed.ts).
 */
export function preparePlainText(body: string, shift: number): DerivedText {
  const text = relineCollapsed(blankMatches(body, SGML_TEXT_TAG));
  return identityText(text, shift);
}
