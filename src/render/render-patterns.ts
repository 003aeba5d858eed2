/**
 * Patterns of the HTML front end: telling HTML from 1990s SGML-tagged plain
 * text, entity references, CSS font values and checkbox image names.
 * None nests unbounded quantifiers; all run in linear time.
 */
import { pattern } from "../core/pattern.js";

/**
 * A tag that only an HTML document opens or closes. The 1990s plain-text
 * bodies carry SGML-ish `<PAGE>`, `<TABLE>`, `<CAPTION>`, `<S>`, `<C>`, `<FN>`
 * and `<R>` tags (see fixtures/html/plain/excerpt-008.txt), so none of those is
 * listed: `<TABLE>` alone proves nothing, its `<TD>` would.
 */
export const HTML_ONLY_TAG = pattern(
  String.raw`
  < /?
  (?: html | head | body | div | p | font | span | td | th | tr | tbody | thead | br | hr | center
    | b | i | u | strong | em | li | ul | ol | h[1-6] | img | a | sup | sub | meta | style | script
    | title | blockquote | dl | dt | dd | pre | big | small )
  (?= [\s>/] )
`,
  "gi",
);

/** A tag that by itself proves an HTML document (`<html>`, `<body>`, `<head>`, `<!DOCTYPE html>`). */
export const HTML_DOCUMENT_TAG = pattern(
  String.raw`
  < (?: html | body | head | !doctype \s+ html ) (?= [\s>] )
`,
  "i",
);

/**
 * A character reference at a given position (sticky): decimal, hexadecimal
 * or named, the semicolon optional as browsers allow (`&nbsp`, `&copy2020`).
 */
export const ENTITY_REFERENCE = pattern(
  String.raw`
  & (?: \# [0-9]{1,10} ;?
      | \# [xX] [0-9a-fA-F]{1,8} ;?
      | [A-Za-z] [A-Za-z0-9]{0,40} ;? )
`,
  "y",
);

/**
 * The size token of the CSS `font` shorthand (`10pt`, `12px/1.2`, `small`):
 * everything after it is the font family list
 * (`font: 10pt Times New Roman, Times, Serif` in the Toppan Merrill filings).
 */
export const CSS_FONT_SIZE_TOKEN = pattern(
  String.raw`
  ^ (?: (?: [0-9]+ (?: \. [0-9]+ )? | \. [0-9]+ ) (?: pt | px | em | rem | ex | ch | % | in | cm | mm | pc | q | vw | vh )?
      | xx-small | x-small | small | medium | large | x-large | xx-large | xxx-large | smaller | larger )
  (?: / \S* )? $
`,
  "i",
);

/** A selector naming one class, optionally on one tag (`.wd`, `span.box`): fonts set by a style sheet. */
export const CSS_CLASS_SELECTOR = pattern(String.raw`^ [A-Za-z0-9]* \. (?<cls> [-_A-Za-z0-9]+ ) $`);

/** Image `alt` text or file name that says the box is empty (`unchecked.gif`, alt="empty box"). */
export const IMG_UNCHECKED_STRONG = pattern(
  String.raw`un [-_\s]? (?: checked | ticked | marked | selected ) | not [-_\s]? (?: checked | ticked | marked )`,
  "i",
);

/** Image text that names a box (`checkbox`, `box_x`, `tick`, `ballot`): a checkbox image whatever its state. */
export const IMG_BOX_WORD = pattern(String.raw`box | check | tick | ballot`, "i");

/** Words that, on a box image, say it is empty (`empty box`, `box_open.gif`, `checkbox-off`). */
export const IMG_EMPTY_WORD = pattern(
  String.raw`(?: ^ | [^a-z] ) (?: empty | blank | open | off | clear | no ) (?: [^a-z] | $ )`,
  "i",
);

/** Image text that says the box is marked (`checked`, `checkbox-checked`, `checkmark`). */
export const IMG_CHECKED_STRONG = pattern(String.raw`checked | ticked | check [-_\s]? mark`, "i");

/** Words that, on a box image, say it is marked (`box_x`, `x-box`, `filled box`, `checkbox_on`). */
export const IMG_MARKED_WORD = pattern(
  String.raw`
    box [-_\s]? (?: x | filled | on | yes | marked ) (?: [^a-z] | $ )
  | (?: ^ | [^a-z] ) (?: x | filled | marked ) [-_\s]? box
`,
  "i",
);

/** SGML table markup inside 1990s text bodies: <TABLE>, <S>, <C>, <CAPTION>, <FN>, <PAGE>. */
export const SGML_TEXT_TAG = pattern(String.raw`< \/? (?: TABLE | CAPTION | S | C | FN | PAGE | R | F\d{1,2} ) >`, "gi");

/**
 * The cell marker of a scraper's text rendering of an HTML table: a `|`
 * opening a line, alone or before the cell's text, with no other `|` on the
 * line (`|X|`, `| |` and `| X |` are 1990s boxes and stay). Global and
 * multiline: used with `blankMatches`.
 */
export const CELL_MARKER = pattern(String.raw`^ [\t\x20]{0,40} \| (?= [\t\x20]{0,40} $ | [\t\x20]{1,40} [^\s|] [^|\n]* $ )`, "gm");
