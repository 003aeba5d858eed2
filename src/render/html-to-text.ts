import { bodyOffset, type BodyOffset } from "../core/body-offset.js";
import { lazyLineIndex } from "../core/line-index.js";
import type { Locate } from "../core/message.js";
/**
 * Renders an HTML filing as the line-oriented plain text the sectioner
 * reads (the same shape as a 1990s plain-text notice), with canonical
 * checkbox marks and a map from every offset of the text back to the HTML.
 *
 * What the sectioner can rely on:
 * - blocks (p, div, li, h1–h6, center, blockquote, pre …) are paragraphs,
 *   separated by one blank line; empty blocks leave nothing; `<br>` ends a
 *   line (two make a blank line);
 * - a table is a paragraph; its rows are lines ended by "\n". In a row with
 *   two or more non-empty cells each cell becomes one line piece (its inner
 *   breaks turn into spaces) and cells are separated by one tab; empty cells
 *   vanish. A row with a single non-empty cell (or with a nested table) keeps
 *   that cell's own lines and paragraphs (narratives in one-cell tables);
 * - a cell holding only a checkbox joins its label with one space: the next
 *   cell ("☒ (b)\tThe subject annual report…", "☒ Form 10-K"), or the
 *   previous one when the row ends in a checkbox ("Yes ☒\tNo ☐"). A box in a
 *   cell spanning the (a)–(c) rows lands on the (a) line
 *   (fixtures/html/layout-box-spanning-rows.html). A block holding only a
 *   checkbox (Workiva's absolutely placed glyph divs) joins the next block;
 * - marks have a space on each side ("☒Yes" → "☒ Yes"); a glyph written
 *   after its label stays after it ("Yes ☒ No ☐", Luke-Bradford_quantum);
 * - white space, including no-break, en, em and thin spaces, collapses to
 *   one space; lines never end in white space; `<pre>` keeps its line ends
 *   and spacing (less trailing spaces); entities are decoded once;
 * - script, style, head/title, comments, `display:none` elements and the
 *   values of leftover EDGAR envelope tags (`<TYPE>NT 10-K`) are dropped;
 *   page numbers and other layout text stay, as in plain-text filings;
 * - checkbox glyphs (Unicode boxes and ticks, Wingdings-family letters in
 *   their font, private-use forms, images, `<input type=checkbox>`) become
 *   ☒ ☐ ⍰ (UNREADABLE, with an `html-glyph-unknown` warning); a Wingdings
 *   letter in an ordinary font stays a letter, so a bare "x" or "o" typed as
 *   a mark reaches the sectioner as text, as in 1990s filings.
 *
 * One streaming pass: the tag parser's elements and text (html-tokenizer.ts,
 * html-tag-parser.ts: htmlparser2's tokenizer and parser rules), turned into
 * nodes by html-node-stream.ts, feed the renderer directly; no DOM is built. A parse
 * that reaches the nesting cap stops there, and the HTML, its deep tags
 * blanked by a linear scan (nesting-guard.ts), is parsed again, so any input
 * renders in linear time.
 */
import { streamNodes } from "./html-node-stream.js";
import { HtmlRenderer } from "./html-renderer.js";
import { capNesting, MAX_NESTING } from "./nesting-guard.js";
import type { HtmlTextResult } from "./html-text-types.js";

export { looksLikeHtml } from "./looks-like-html.js";
export type { HtmlTextResult, MarkInfo, MarkState } from "./html-text-types.js";

/**
 * Renders `html` (a document body; envelope tags are tolerated) to text.
 * Messages are placed by `locate` (by default at the HTML's own lines and
 * columns; the parser places them in the input). Linear in the size of the
 * HTML.
 */
export function htmlToText(html: string, locate: Locate<BodyOffset> = lazyLineIndex(html, bodyOffset)): HtmlTextResult {
  // Real filings nest a few dozen deep: one pass over the HTML as it is.
  // Only when the parse reaches the cap is the HTML guarded and parsed anew.
  const first = new HtmlRenderer(html, null, locate, new Map(), false);
  if (streamNodes(html, first, MAX_NESTING)) return finish(html, null, locate, first);
  const guarded = capNesting(html);
  const capped = new HtmlRenderer(guarded.html, guarded.cappedAt, locate, new Map(), false);
  streamNodes(guarded.html, capped);
  return finish(guarded.html, guarded.cappedAt, locate, capped);
}

/** The result of a streamed rendering of `html` (as the parser saw it). */
function finish(html: string, cappedAt: number | null, locate: Locate<BodyOffset>, first: HtmlRenderer): HtmlTextResult {
  if (!first.fontsChangedLate) return first.finish();
  // A style sheet gave a class its font after an element of some class was
  // rendered: render again with every sheet's fonts known from the start.
  const again = new HtmlRenderer(html, cappedAt, locate, first.classFonts, true);
  streamNodes(html, again);
  return again.finish();
}
