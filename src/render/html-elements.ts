/**
 * How the HTML front end treats elements by name: dropped, block, preformatted,
 * EDGAR envelope tags, and the depth from which table rows are read as blocks.
 */

/** Rows nested deeper than this (tables in cells in tables …) are read as plain blocks. */
export const MAX_TABLE_DEPTH = 32;

/** Elements whose content is never shown. */
export const DROPPED: ReadonlySet<string> = new Set([
  "head",
  "title",
  "script",
  "style",
  "noscript",
  "template",
  "object",
  "embed",
  "iframe",
  "svg",
  "xml",
  "ix:header",
  "ix:hidden",
]);

/** Elements that make a paragraph of their own. */
export const BLOCKS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  // 1990s HTML filings still mark page ends with the SGML <PAGE> tag.
  "page",
  "section",
  "summary",
  "ul",
]);

/** Elements whose text keeps its line ends and spacing. */
export const PREFORMATTED: ReadonlySet<string> = new Set(["pre", "xmp", "listing", "plaintext"]);

/** EDGAR envelope tags whose value runs to the end of their line (when a caller leaves the envelope in). */
export const ENVELOPE_VALUE_TAGS: ReadonlySet<string> = new Set(["type", "sequence", "filename", "description"]);

/**
 * The attributes the renderer reads (fonts, visibility, image and checkbox
 * marks); the tag parser keeps no other.
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set(["style", "class", "hidden", "face", "alt", "src", "type", "checked"]);
