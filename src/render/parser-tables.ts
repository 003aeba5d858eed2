/**
 * htmlparser2's element tables (HTML mode; MIT licence, its notice in
 * THIRD-PARTY-NOTICES.md), shared by the tag parser and the
 * nesting guard that follows it: void elements, the start tags that close
 * open elements first, and foreign content.
 */

/** Elements that have no content and no end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const TABLE_SECTIONS = new Set(["thead", "tbody"]);
const DD_DT = new Set(["dd", "dt"]);
const RT_RP = new Set(["rt", "rp"]);
/** Start tags that close open elements first, and which. */
export const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ["rt", RT_RP],
  ["rp", RT_RP],
  ["tbody", TABLE_SECTIONS],
  ["tfoot", TABLE_SECTIONS],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, ReadonlySet<string>] => [t, FORM]),
  ...[
    ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl"],
    ...["fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section"],
    ...["table", "ul"],
  ].map((t): [string, ReadonlySet<string>] => [t, P]),
]);
/** Elements in which a tag may close itself (`<x/>`). */
export const FOREIGN_CONTEXT: ReadonlySet<string> = new Set(["math", "svg"]);
/** Elements inside foreign ones where HTML's rules hold again. */
export const HTML_INTEGRATION: ReadonlySet<string> = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
