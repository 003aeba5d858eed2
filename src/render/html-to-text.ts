import { bodyOffset, type BodyOffset } from "../core/body-offset.js";
import { derivedOffset } from "../core/derived-offset.js";
import { lazyLineIndex } from "../core/line-index.js";
import { messageAt, type Locate, type Message } from "../core/message.js";
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
 * The DOM is walked with an explicit stack; a linear pre-scan caps element
 * nesting (see nesting-guard.ts), so any input renders in linear time.
 */
import type { CheerioOptions, HTMLParser2Options } from "cheerio/slim";
import { loadHtml } from "./cheerio-loader.js";
import { alignText, blankPieces, type SourcePiece } from "./entity-aligner.js";
import { decideGlyph, decideImage, type GlyphDecision } from "./checkbox-glyphs.js";
import { chartOf } from "./symbol-fonts.js";
import { capNesting, MAX_NESTING } from "./nesting-guard.js";
import { fontFromFamily, NO_FONT, readClassFonts, readInlineStyle, type FontState, type InlineStyle } from "./css-font.js";
import type { HtmlTextResult, MarkInfo, MarkState } from "./html-text-types.js";
import {
  appendRow,
  BR,
  BREAK,
  GLUE,
  HARD_LINE,
  LINE,
  PARA,
  SPACE,
  writeTokens,
  type Cell,
  type Tok,
} from "./text-tokens.js";
import type { RuleId } from "../core/rules/index.js";
import { SGML_TEXT_TAG } from "./render-patterns.js";

export { looksLikeHtml } from "./looks-like-html.js";
export type { HtmlTextResult, MarkInfo, MarkState } from "./html-text-types.js";

/** Rows nested deeper than this (tables in cells in tables …) are read as plain blocks. */
const MAX_TABLE_DEPTH = 32;

/** Elements whose content is never shown. */
const DROPPED: ReadonlySet<string> = new Set([
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
const BLOCKS: ReadonlySet<string> = new Set([
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
const PREFORMATTED: ReadonlySet<string> = new Set(["pre", "xmp", "listing", "plaintext"]);

/** EDGAR envelope tags whose value runs to the end of their line (when a caller leaves the envelope in). */
const ENVELOPE_VALUE_TAGS: ReadonlySet<string> = new Set(["type", "sequence", "filename", "description"]);

/** The few DOM node fields the walk reads (htmlparser2/domhandler nodes, with source indices). */
interface DomNode {
  type: string;
  parent: DomNode | null;
  prev: DomNode | null;
  next: DomNode | null;
  startIndex: number | null;
  endIndex: number | null;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
}

/** What to do when an element's frame is left. */
const enum Exit {
  None,
  Block,
  Table,
  Pre,
  Row,
  Cell,
}

interface RowState {
  parentOut: Tok[];
  parentRow: RowState | null;
  parentCell: Cell | null;
  cells: Cell[];
  cellOpen: boolean;
}

interface Frame {
  node: DomNode;
  next: number;
  font: FontState & { declaredAt?: number };
  pre: boolean;
  exit: Exit;
  texts0: number;
  marks0: number;
  row: RowState | null;
}

const PARSER_OPTIONS: HTMLParser2Options = { withStartIndices: true, withEndIndices: true };

/**
 * Renders `html` (a document body; envelope tags are tolerated) to text.
 * Messages are placed by `locate` (by default at the HTML's own lines and
 * columns; the parser places them in the input). Linear in the size of the
 * HTML.
 */
export function htmlToText(html: string, locate: Locate<BodyOffset> = lazyLineIndex(html, bodyOffset)): HtmlTextResult {
  const guarded = capNesting(html);
  const $ = loadHtml(guarded.html, PARSER_OPTIONS as CheerioOptions);
  const root = $.root()[0] as unknown as DomNode;
  return new HtmlRenderer(guarded.html, root, guarded.cappedAt, locate).render();
}

class HtmlRenderer {
  private readonly marks: MarkInfo[] = [];
  private readonly messages: Message[] = [];
  private readonly rootToks: Tok[] = [];
  private out: Tok[] = this.rootToks;
  private currentRow: RowState | null = null;
  private currentCell: Cell | null = null;
  private rowDepth = 0;
  private depthWarned = false;
  private textCount = 0;
  private markCount = 0;
  private classFonts = new Map<string, string>();

  /** `html` is the (same-length) guarded HTML; `cappedAt` where the nesting guard blanked its first tag. */
  constructor(
    private readonly html: string,
    private readonly root: DomNode,
    private readonly cappedAt: number | null,
    private readonly locate: Locate<BodyOffset>,
  ) {}

  render(): HtmlTextResult {
    if (this.cappedAt !== null) {
      this.depthWarned = true;
      this.message("html-depth-capped", `elements nested more than ${MAX_NESTING} deep: deeper tags are ignored`, this.cappedAt);
    }
    this.readStyleSheets();
    const stack: Frame[] = [this.frame(this.root, NO_FONT, false, Exit.None)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      const children = top.node.children ?? [];
      if (top.next >= children.length) {
        stack.pop();
        this.leave(top);
        continue;
      }
      const child = children[top.next++] as DomNode;
      if (child.type === "text") this.text(child, top);
      else if (child.type === "tag") {
        const frame = this.enter(child, top);
        if (frame) stack.push(frame);
      }
      // script, style, comment, directive and CDATA nodes show nothing.
    }
    const builder = writeTokens(this.rootToks, this.html);
    return { derived: builder.build(), marks: this.marks, messages: this.messages };
  }

  /** Collects one-class font rules of every `<style>` element (they may sit in the dropped head). */
  private readStyleSheets(): void {
    const stack: DomNode[] = [this.root];
    while (stack.length > 0) {
      const node = stack.pop() as DomNode;
      if (node.type === "style") {
        for (const child of node.children ?? []) if (child.data) readClassFonts(child.data, this.classFonts);
      } else if (node.children) {
        for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as DomNode);
      }
    }
  }

  private frame(node: DomNode, font: Frame["font"], pre: boolean, exit: Exit): Frame {
    return { node, next: 0, font, pre, exit, texts0: this.textCount, marks0: this.markCount, row: null };
  }

  /** Opens an element: its breaks, marks, font; returns its frame, or null when its content is skipped. */
  private enter(el: DomNode, parent: Frame): Frame | null {
    const name = el.name ?? "";
    if (DROPPED.has(name)) return null;
    const attribs = el.attribs ?? {};
    const style = attribs["style"] !== undefined ? readInlineStyle(attribs["style"]) : null;
    if (style?.hidden || attribs["hidden"] !== undefined) return null;
    const font = this.fontOf(el, attribs, style, parent.font);
    const src = el.startIndex ?? 0;
    switch (name) {
      case "br":
        this.out.push(parent.pre ? HARD_LINE : BR);
        return null;
      case "hr":
        this.out.push(BREAK[PARA]);
        return null;
      case "img":
        this.image(el, attribs, font, parent.pre);
        return null;
      case "input":
        this.input(el, attribs, font, parent.pre);
        return null;
      case "table":
        this.out.push(BREAK[PARA]);
        return this.frame(el, font, parent.pre, Exit.Table);
      case "tr":
        if (this.rowDepth < MAX_TABLE_DEPTH) return this.openRow(el, font, parent.pre);
        this.warnDepth(src);
        break;
      case "td":
      case "th":
        if (this.currentRow && !this.currentRow.cellOpen) return this.openCell(el, font, parent.pre);
        break;
      default:
        if (PREFORMATTED.has(name)) {
          this.out.push(BREAK[PARA]);
          return this.frame(el, font, true, Exit.Pre);
        }
        if (!BLOCKS.has(name)) return this.frame(el, font, parent.pre, Exit.None);
    }
    // A block, or table structure read as a block (stray cells, rows nested too deep).
    this.out.push(BREAK[PARA]);
    return this.frame(el, font, parent.pre, Exit.Block);
  }

  /** Closes an element's frame. */
  private leave(frame: Frame): void {
    switch (frame.exit) {
      case Exit.Block: {
        // A block holding just one checkbox (Workiva's absolutely placed glyph divs) joins the next block.
        const glyphOnly = this.markCount - frame.marks0 === 1 && this.textCount === frame.texts0;
        this.out.push(glyphOnly ? GLUE : BREAK[PARA]);
        break;
      }
      case Exit.Table:
      case Exit.Pre:
        this.out.push(BREAK[PARA]);
        break;
      case Exit.Row:
        this.closeRow(frame.row as RowState);
        break;
      case Exit.Cell:
        this.closeCell(frame.row as RowState);
        break;
      case Exit.None:
        break;
    }
  }

  private openRow(el: DomNode, font: Frame["font"], pre: boolean): Frame {
    const row: RowState = {
      parentOut: this.out,
      parentRow: this.currentRow,
      parentCell: this.currentCell,
      cells: [],
      cellOpen: false,
    };
    // Text between cells (usually white space) goes to a cell of its own, which then vanishes.
    const stray: Cell = { toks: [], nested: false };
    row.cells.push(stray);
    this.out = stray.toks;
    this.currentRow = row;
    this.currentCell = null;
    this.rowDepth++;
    const frame = this.frame(el, font, pre, Exit.Row);
    frame.row = row;
    return frame;
  }

  private closeRow(row: RowState): void {
    appendRow(row.parentOut, row.cells);
    this.out = row.parentOut;
    this.currentRow = row.parentRow;
    this.currentCell = row.parentCell;
    if (this.currentCell) this.currentCell.nested = true;
    this.rowDepth--;
  }

  private openCell(el: DomNode, font: Frame["font"], pre: boolean): Frame {
    const row = this.currentRow as RowState;
    const cell: Cell = { toks: [], nested: false };
    row.cells.push(cell);
    row.cellOpen = true;
    this.out = cell.toks;
    this.currentCell = cell;
    const frame = this.frame(el, font, pre, Exit.Cell);
    frame.row = row;
    return frame;
  }

  private closeCell(row: RowState): void {
    row.cellOpen = false;
    const stray: Cell = { toks: [], nested: false };
    row.cells.push(stray);
    this.out = stray.toks;
    this.currentCell = null;
  }

  private warnDepth(src: number): void {
    if (this.depthWarned) return;
    this.depthWarned = true;
    this.message("html-depth-capped", `tables nested more than ${MAX_TABLE_DEPTH} deep are read as plain blocks`, src);
  }

  /** The font in effect inside `el`: `<font face>`, then a style-sheet class, then the `style` attribute. */
  private fontOf(
    el: DomNode,
    attribs: Record<string, string>,
    style: InlineStyle | null,
    inherited: Frame["font"],
  ): Frame["font"] {
    let family: string | undefined;
    if (el.name === "font" && attribs["face"] !== undefined) family = attribs["face"];
    const classes = attribs["class"];
    if (classes && this.classFonts.size > 0) {
      for (const cls of classes.split(" ")) {
        const classFamily = cls ? this.classFonts.get(cls) : undefined;
        if (classFamily !== undefined) family = classFamily;
      }
    }
    if (style?.family !== undefined) family = style.family;
    if (family === undefined) return inherited;
    const font = fontFromFamily(family);
    return font ? { ...font, declaredAt: el.startIndex ?? 0 } : inherited;
  }

  /** Renders a text node: words, spaces and checkbox glyphs. */
  private text(node: DomNode, frame: Frame): void {
    let data = node.data ?? "";
    if (data.length === 0) return;
    let start = node.startIndex;
    let raw = start !== null && node.endIndex !== null ? this.html.slice(start, node.endIndex + 1) : data;
    if (start === null) start = frame.node.startIndex ?? 0;
    const parentName = frame.node.name ?? "";
    if (ENVELOPE_VALUE_TAGS.has(parentName) && node.prev === null) {
      // `<TYPE>NT 10-K` ends at its line end; the rest is the document.
      const cut = data.indexOf("\n");
      const rawCut = raw.indexOf("\n");
      if (cut < 0 || rawCut < 0) return;
      data = data.slice(cut + 1);
      raw = raw.slice(rawCut + 1);
      start += rawCut + 1;
    }
    if (frame.exit === Exit.Pre && node.prev === null) {
      // A line end right after <pre> is not shown (as in browsers).
      const skip = data.startsWith("\r\n") ? 2 : data.startsWith("\n") ? 1 : 0;
      if (skip > 0 && raw.startsWith(data.slice(0, skip))) {
        data = data.slice(skip);
        raw = raw.slice(skip);
        start += skip;
      }
    }
    // Plain text served in <PRE> with its tags escaped: the text era's
    // `&lt;PAGE&gt;`, `&lt;S&gt;`, `&lt;C&gt;` are dropped as the plain-text
    // front end drops the real tags (fixtures/constructed/html2000s/pre-escaped-tags.htm).
    const aligned = alignText(raw, data, start);
    const pieces = frame.pre ? blankPieces(aligned, SGML_TEXT_TAG) : aligned;
    this.words(pieces, frame, this.isLone(node, data));
  }

  /** A text node whose only visible character stands alone in its element. */
  private isLone(node: DomNode, data: string): boolean {
    if (data.length > 64) return false;
    const visible = data.trim();
    if (visible.length === 0 || visible.length > 2) return false;
    const cp = visible.codePointAt(0) as number;
    if (visible.length !== (cp > 0xffff ? 2 : 1)) return false;
    if (!node.parent || node.parent.type !== "tag") return false;
    return !hasVisibleText(node.prev) && !hasVisibleText(node.next);
  }

  private words(pieces: SourcePiece[], frame: Frame, lone: boolean): void {
    const font = frame.font;
    const pre = frame.pre;
    // Letters need a per-character decision only in symbol fonts or when a lone letter may be a box.
    const symbolFont = chartOf(font.cls) !== null;
    const plainAscii = !symbolFont && !(lone && font.cls === "empty");
    let dropped = -1;
    for (const piece of pieces) {
      const s = piece.text;
      let run = -1;
      let i = 0;
      while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c > 32 && c < 127 && plainAscii) {
          if (run < 0) run = i;
          i++;
          continue;
        }
        if (symbolFont && c > 32) {
          // A checkbox is one glyph: three or more letters in a row set in a
          // symbol font are a word of pictures, not boxes; they are left out
          // (one warning per text) instead of becoming a mark per letter.
          let j = i;
          while (j < s.length && !isWhiteSpace(s.charCodeAt(j))) j++;
          if (j - i >= SYMBOL_WORD) {
            if (run >= 0) {
              this.pushText(s.slice(run, i), piece.literal ? piece.src + run : piece.src, piece.literal);
              run = -1;
            }
            if (dropped < 0) dropped = piece.literal ? piece.src + i : piece.src;
            i = j;
            continue;
          }
        }
        const cp = s.codePointAt(i) as number;
        const width = cp > 0xffff ? 2 : 1;
        let decision: GlyphDecision | null = null;
        const space = isWhiteSpace(cp);
        const invisible = !space && isInvisible(cp);
        if (!space && !invisible) {
          decision = decideGlyph(cp, font.cls, lone);
          if (decision === null) {
            if (run < 0) run = i;
            i += width;
            continue;
          }
        }
        if (run >= 0) {
          this.pushText(s.slice(run, i), piece.literal ? piece.src + run : piece.src, piece.literal);
          run = -1;
        }
        if (space) {
          if (pre && (cp === 10 || cp === 13)) {
            if (!(cp === 13 && s.charCodeAt(i + 1) === 10)) this.out.push(HARD_LINE);
          } else this.space(pre, cp, piece.literal ? piece.src + i : piece.src);
        } else if (decision) {
          const src = piece.literal ? piece.src + i : piece.src;
          const glyph = piece.literal ? s.slice(i, i + width) : this.html.slice(piece.src, piece.src + piece.rawLength);
          this.glyph(decision, src, glyph, font, pre);
        }
        i += width;
      }
      if (run >= 0) this.pushText(s.slice(run), piece.literal ? piece.src + run : piece.src, piece.literal);
    }
    if (dropped >= 0) this.message("html-symbol-text", `text set in the symbol font ${font.family ?? ""} is pictures, not checkboxes: left out`, dropped);
  }

  /** White space at `src`: one collapsible space, or (inside `<pre>`) the spaces as written. */
  private space(pre: boolean, cp: number, src: number): void {
    if (!pre) {
      this.out.push(BREAK[SPACE]);
      return;
    }
    const s = cp === 9 ? "\t" : " ";
    const last = this.out[this.out.length - 1];
    if (last && last.t === "prespace" && last.src + last.s.length === src) last.s += s;
    else this.out.push({ t: "prespace", s, src });
  }

  private pushText(s: string, src: number, literal: boolean): void {
    this.out.push({ t: "text", s, src, literal });
    this.textCount++;
  }

  private glyph(decision: GlyphDecision, src: number, glyph: string, font: Frame["font"], pre: boolean): void {
    switch (decision.kind) {
      case "space":
        this.space(pre, 32, src);
        return;
      case "symbol":
        this.pushText(decision.text, src, false);
        return;
      case "mark":
        if (decision.ruleId) this.message(decision.ruleId, this.explain(decision.why ?? "", font), src);
        this.pushMark(decision.state, src, glyph, font, pre);
        return;
    }
  }

  private pushMark(state: MarkState, src: number, glyph: string, font: Frame["font"], pre: boolean): void {
    const info: MarkInfo = { offset: derivedOffset(-1), sourceOffset: bodyOffset(src), glyph, font: font.family, state };
    this.marks.push(info);
    if (!pre) this.out.push(BREAK[SPACE]);
    this.out.push({ t: "mark", info });
    if (!pre) this.out.push(BREAK[SPACE]);
    this.markCount++;
  }

  /** Adds where the font was declared to a glyph warning (the broken `style` attribute, as written). */
  private explain(why: string, font: Frame["font"]): string {
    if (font.declaredAt === undefined) return why;
    const end = this.html.indexOf(">", font.declaredAt);
    const tagEnd = end < 0 ? this.html.length : Math.min(end + 1, font.declaredAt + 200);
    return `${why}; font declared by ${this.html.slice(font.declaredAt, tagEnd)}`;
  }

  private image(el: DomNode, attribs: Record<string, string>, font: Frame["font"], pre: boolean): void {
    const decision = decideImage(attribs["alt"] ?? "", attribs["src"] ?? "");
    if (decision.kind === "none") return;
    const src = el.startIndex ?? 0;
    if (decision.ruleId) this.message(decision.ruleId, decision.why ?? "", src);
    this.pushMark(decision.state, src, this.tagText(el), font, pre);
  }

  private input(el: DomNode, attribs: Record<string, string>, font: Frame["font"], pre: boolean): void {
    const type = (attribs["type"] ?? "").toLowerCase();
    if (type !== "checkbox" && type !== "radio") return;
    const state: MarkState = attribs["checked"] !== undefined ? "checked" : "unchecked";
    this.pushMark(state, el.startIndex ?? 0, this.tagText(el), font, pre);
  }

  /** The element's start tag as written (bounded). */
  private tagText(el: DomNode): string {
    const start = el.startIndex ?? 0;
    const end = this.html.indexOf(">", start);
    return this.html.slice(start, end < 0 ? Math.min(this.html.length, start + 300) : Math.min(end + 1, start + 300));
  }

  private message(ruleId: RuleId, message: string, sourceOffset: number): void {
    this.messages.push(messageAt(ruleId, message, this.locate, bodyOffset(sourceOffset)));
  }
}

/** A text node with something other than white space. */
function hasVisibleText(node: DomNode | null): boolean {
  return node !== null && node.type === "text" && (node.data ?? "").trim().length > 0;
}

/** White space that collapses: ASCII space and controls, no-break, en/em/thin and other Unicode spaces. */
/** Letters in a row, in a symbol font, from which a run is a word of pictures rather than a box. */
const SYMBOL_WORD = 3;

function isWhiteSpace(cp: number): boolean {
  if (cp <= 32) return cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 12 || cp === 11;
  if (cp < 0xa0) return false;
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Characters that show nothing: zero-width spaces and joiners, soft hyphen, byte-order mark, other controls. */
function isInvisible(cp: number): boolean {
  return (
    cp < 32 ||
    cp === 0x7f ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff
  );
}
