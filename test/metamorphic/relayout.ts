import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";

/**
 * Re-layouts of a notice that keep every value the filer wrote: the same
 * notice as other filers, scrapers and data sets hold it. Each returns the
 * new bytes as text, or `null` when the layout does not apply to the input
 * (a cell rendering of a plain-text notice, a two-column cover of a notice
 * whose cover already has two columns).
 */
export type Relayout = (text: string, kind: "text" | "html") => string | null;

/** Every line break (CRLF, CR or LF, and runs of them) collapsed into one space, as web-gathered text holds a notice. */
export const collapseBreaks: Relayout = (text) => text.replace(/[\r\n]+/g, " ");

/** Every line ended by CRLF. */
export const crlf: Relayout = (text) => text.replace(/\r?\n/g, "\r\n");

/** The trailing newline removed when there is one, added when there is none. */
export const toggleTrailingNewline: Relayout = (text) => (/\n$/.test(text) ? text.replace(/[\r\n]+$/, "") : `${text}\n`);

/** A line holding only the caption of the cover's file-number or CUSIP box, with or without its value. */
const COVER_BOX_CAPTION = /^\s*(?:(?:SEC|COMMISSION)\s+FILE\s+(?:NUMBER|NO\.?)|CUSIP\s+(?:NUMBER|NO\.?))\s*:?\s*(?:[0-9A-Z][0-9A-Z\- ]{2,18})?\s*$/i;
/** A file number or CUSIP on a line near a box caption. */
const NEARBY_VALUE = /\b\d{1,3}-\d{3,8}\b|(?<![\w-])\d[0-9A-Z]{5} ?[0-9A-Z]{2}(?: ?\d)?(?![\w-])/;
const CAPTION_ONLY = /(?:NUMBER|NO\.?)\s*:?\s*$/i;
const BOX_VALUE = /^\s*[0-9A-Z][0-9A-Z\- ]{2,18}\s*$/;
const PART_ONE = /^\s*PART\s+I\b(?!I)/i;
const CHECK_ONE = /check\s+one|form\s+10-?k/i;

/**
 * The SEC FILE NUMBER / CUSIP box moved to a right-hand column beside the
 * check-one rows, the period line and the transition rows, as many 1990s
 * covers lay it out. Applies to plain text whose captions stand alone on
 * their lines in the cover.
 */
export const twoColumnCover: Relayout = (text, kind) => {
  if (kind !== "text") return null;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((l) => PART_ONE.test(l));
  if (end < 0) return null;
  const box: string[] = [];
  const taken = new Set<number>();
  // The document's own text: an SGML header's "SEC FILE NUMBER:" stays where it is.
  const body = lines.findIndex((l) => /^<TEXT>/i.test(l));
  for (let i = body + 1; i < end; i++) {
    if (!COVER_BOX_CAPTION.test(lines[i] ?? "")) continue;

    box.push((lines[i] ?? "").trim());
    taken.add(i);
    if (!CAPTION_ONLY.test(lines[i] ?? "")) continue;
    let j = i + 1;
    while (j < end && (lines[j] ?? "").trim() === "") j++;
    const next = lines[j] ?? "";
    if (j < end && BOX_VALUE.test(next) && /\d/.test(next) && !COVER_BOX_CAPTION.test(next)) {
      box.push(next.trim());
      taken.add(j);
    } else if (CAPTION_ONLY.test(lines[i] ?? "") && lines.slice(Math.max(0, i - 3), i + 4).some((l, k) => k !== Math.min(3, i) && NEARBY_VALUE.test(l))) {
      // The caption's value is not on a line of its own under it (over it,
      // or beside the title lines of a cover that has two columns already):
      // it could not move with its caption.
      return null;
    }
  }
  if (box.length === 0) return null;
  const kept = lines.filter((_, i) => !taken.has(i));
  const at = kept.findIndex((l, i) => i < end && CHECK_ONE.test(l));
  if (at < 0) return null;
  for (let k = 0; k < box.length; k++) {
    const i = at + k;
    const left = kept[i] ?? "";
    if (i >= kept.length || PART_ONE.test(left)) return null;
    const width = Math.max(60, left.replace(/\t/g, "        ").length + 4);
    kept[i] = left.replace(/\t/g, "        ").padEnd(width) + (box[k] as string);
  }
  return kept.join(eol);
};

/** The text between a `<TEXT>` tag and its `</TEXT>`, with what stands around it. */
function splitDocumentText(text: string): { before: string; body: string; after: string } {
  const open = /<TEXT>\r?\n?/i.exec(text);
  if (!open) return { before: "", body: text, after: "" };
  const start = open.index + open[0].length;
  const close = text.slice(start).search(/<\/TEXT>/i);
  const end = close < 0 ? text.length : start + close;
  return { before: text.slice(0, start), body: text.slice(start, end), after: text.slice(end) };
}

/**
 * Plain text served as HTML: the body wrapped in `<PRE>`, its `<` `>` `&`
 * escaped, so the text era's tags (`<PAGE>`, `<TABLE>`, `<S>`, `<C>`) are
 * escaped text. An SGML envelope around the document stays as it is.
 */
export const preEscaped: Relayout = (text, kind) => {
  if (kind !== "text") return null;
  const { before, body, after } = splitDocumentText(text);
  const escaped = body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `${before}<HTML>\n<BODY>\n<PRE>\n${escaped}</PRE>\n</BODY>\n</HTML>\n${after}`;
};

const BLOCK = new Set([
  "address", "article", "blockquote", "br", "center", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
  "hr", "li", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "title",
]);
const CELL = new Set(["td", "th"]);

/** Marked and unmarked box letters of a scraper's rendering, for Unicode boxes in the source. */
interface CellStyle {
  /** How a cell starts: its own line led by `| `, or a tab after the row's previous cell. */
  cells: "pipe" | "tab";
  marked: string;
  unmarked: string;
}

/**
 * A get_text-style rendering of an HTML notice: entities decoded, block
 * elements on their own lines, table cells marked with `|` (one a line) or
 * tabs (a row a line), and boxes written as letters with no font to say
 * what they are: Unicode ☒/☐ become the style's letters, Wingdings letters
 * stay the letters they are in the source.
 */
function cellRendering(style: CellStyle): Relayout {
  return (text, kind) => {
    if (kind !== "html") return null;
    const { before, body, after } = splitDocumentText(text);
    const $ = cheerio.load(body);
    let out = "";
    let pre = 0;
    const walk = (node: AnyNode): void => {
      if (node.type === "text") {
        // Preformatted text keeps its line breaks and spaces, as get_text keeps them.
        let text = pre > 0 ? node.data : node.data.replace(/[\s\u00a0]+/g, " ");
        if (pre === 0 && /(?:^|[ \n\t])$/.test(out)) text = text.replace(/^ /, "");
        out += text.replace(/[\u2612\u2611\u25a0]/g, style.marked).replace(/[\u2610\u25a1]/g, style.unmarked);
        return;
      }
      if (node.type !== "tag" && node.type !== "root") return;
      const name = node.type === "tag" ? node.name.toLowerCase() : "";
      if (name === "script" || name === "style" || name === "head") return;
      if (CELL.has(name)) out += style.cells === "pipe" ? "\n| " : "\t";
      else if (BLOCK.has(name)) out += "\n";
      if (name === "pre") pre++;
      for (const child of node.children) walk(child);
      if (name === "pre") pre--;
      if (BLOCK.has(name) && name !== "br") out += "\n";
    };
    walk($.root()[0] as AnyNode);
    const lines = out
      .split("\n")
      .map((l) => l.replace(/^\t+/, "").trimEnd())
      .filter((l, i, all) => !(l.trim() === "" && (all[i - 1] ?? "").trim() === ""));
    return `${before}${lines.join("\n").trim()}\n${after}`;
  };
}

/** The layouts the metamorphic suite checks, by name. */
export const LAYOUTS: Record<string, Relayout> = {
  "collapsed-breaks": collapseBreaks,
  crlf,
  "trailing-newline": toggleTrailingNewline,
  "two-column-cover": twoColumnCover,
  "cells-pipe": cellRendering({ cells: "pipe", marked: "þ", unmarked: "o" }),
  "cells-tab": cellRendering({ cells: "tab", marked: "x", unmarked: "¨" }),
  "pre-escaped": preEscaped,
};
