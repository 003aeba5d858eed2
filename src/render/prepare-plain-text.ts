import { blankMatches } from "../core/scan.js";
import { CELL_MARKER, SGML_TEXT_TAG } from "./render-patterns.js";
import { relineCollapsed } from "./reline-collapsed.js";
import { readBoxLetters } from "./box-letters.js";
import { identityText, type DerivedText } from "../core/derived-text.js";

/**
 * The derived text of a plain-text notice, every offset the source's own:
 * - the SGML table markup of 1990s bodies (`<PAGE>`, `<TABLE>`, `<S>`,
 *   `<C>`: fixtures/excerpts/excerpt-008.txt) blanked to spaces of the same
 *   length;
 * - a notice whose line breaks were lost gets them back where the printed
 *   form breaks its lines (a break replaces a space: reline-collapsed.ts);
 * - the `|` cell markers of a text rendering of an HTML notice ("| Tod
 *   Crane", one cell a line) blanked;
 * - the boxes of such a rendering, written as letters ("o Form 10-K þ Form
 *   10-Q"), become marks where the form's rows and Part II say they are
 *   boxes (box-letters.ts); evidence still quotes the letters.
 */
export function preparePlainText(body: string): DerivedText {
  // Each pattern needs its first character (`<`, `|`) in the text: most notices have neither, and skip the scan.
  const untagged = body.includes("<") ? blankMatches(body, SGML_TEXT_TAG) : body;
  const relined = relineCollapsed(untagged);
  const lined = relined.includes("|") ? blankMatches(relined, CELL_MARKER) : relined;
  return identityText(readBoxLetters(lined), lined);
}
