/**
 * The sink of the HTML node stream: element frames (blocks, tables, rows,
 * cells, preformatted text, fonts, hidden and dropped elements), text nodes
 * cut into words, spaces and checkbox glyphs, and the tokens they make
 * (text-tokens.ts), written into the derived text at the end.
 */
import { bodyOffset, type BodyOffset } from "../core/body-offset.js";
import { derivedOffset } from "../core/derived-offset.js";
import { messageAt, type Locate, type Message } from "../core/message.js";
import type { RuleId } from "../core/rules/index.js";
import type { NodeSink, TextNode } from "./html-node-stream.js";
import { alignText, blankPieces, type SourcePiece } from "./entity-aligner.js";
import { decideGlyph, decideImage, type GlyphDecision } from "./checkbox-glyphs.js";
import { chartOf } from "./symbol-fonts.js";
import { MAX_NESTING } from "./nesting-guard.js";
import { NO_FONT, readClassFonts } from "./css-font.js";
import { elementFont, styleOf, type ElementFont } from "./element-font.js";
import type { HtmlTextResult, MarkInfo, MarkState } from "./html-text-types.js";
import { BLOCKS, DROPPED, ENVELOPE_VALUE_TAGS, MAX_TABLE_DEPTH, PREFORMATTED } from "./html-elements.js";
import { isInvisible, isLone, isWhiteSpace, SYMBOL_WORD } from "./char-classes.js";
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
import { SGML_TEXT_TAG } from "./render-patterns.js";

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
  /** Element name ("" for the document). */
  name: string;
  font: ElementFont;
  pre: boolean;
  exit: Exit;
  texts0: number;
  marks0: number;
  row: RowState | null;
}

/** Renders the nodes of one HTML document as they stream in; `finish` gives the result. */
export class HtmlRenderer implements NodeSink {
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
  /** Open rendered elements, the document first. */
  private readonly frames: Frame[];
  /** An element with a `class` was rendered: fonts a later sheet gives classes may have applied to it. */
  private classesMet = false;
  /** A style sheet gave classes fonts after an element with a `class` was rendered. */
  fontsChangedLate = false;

  /**
   * `html` is the (same-length) guarded HTML; `cappedAt` where the nesting
   * guard blanked its first tag; `classFonts` the fonts style sheets give
   * classes, filled as sheets are met unless `sheetsKnown` says it already
   * holds every sheet's.
   */
  constructor(
    private readonly html: string,
    cappedAt: number | null,
    private readonly locate: Locate<BodyOffset>,
    readonly classFonts: Map<string, string>,
    private readonly sheetsKnown: boolean,
  ) {
    this.frames = [this.frame("", NO_FONT, false, Exit.None)];
    if (cappedAt !== null) {
      this.depthWarned = true;
      this.message("html-depth-capped", `elements nested more than ${MAX_NESTING} deep: deeper tags are ignored`, cappedAt);
    }
  }

  /** The text, its marks and messages, once the whole document has been streamed. */
  finish(): HtmlTextResult {
    const builder = writeTokens(this.rootToks, this.html);
    return { derived: builder.build(), marks: this.marks, messages: this.messages };
  }

  /** Collects one-class font rules of a `<style>` element (it may sit in the dropped head). */
  styleSheet(css: string): void {
    if (this.sheetsKnown) return;
    const fonts = readClassFonts(css);
    if (fonts.size === 0) return;
    if (this.classesMet) this.fontsChangedLate = true;
    for (const [cls, family] of fonts) this.classFonts.set(cls, family);
  }

  open(name: string, attribs: Record<string, string>, start: number): boolean {
    const frame = this.enter(name, attribs, start, this.frames[this.frames.length - 1] as Frame);
    if (frame === null) return false;
    this.frames.push(frame);
    return true;
  }

  close(): void {
    this.leave(this.frames.pop() as Frame);
  }

  private frame(name: string, font: ElementFont, pre: boolean, exit: Exit): Frame {
    return { name, font, pre, exit, texts0: this.textCount, marks0: this.markCount, row: null };
  }

  /** Opens an element: its breaks, marks, font; returns its frame, or null when its content is skipped. */
  private enter(name: string, attribs: Record<string, string>, src: number, parent: Frame): Frame | null {
    if (DROPPED.has(name)) return null;
    const style = attribs["style"] !== undefined ? styleOf(attribs["style"]) : null;
    if (style?.hidden || attribs["hidden"] !== undefined) return null;
    if (attribs["class"]) this.classesMet = true;
    const font = elementFont(name, attribs, style, this.classFonts, parent.font, src);
    switch (name) {
      case "br":
        this.out.push(parent.pre ? HARD_LINE : BR);
        return null;
      case "hr":
        this.out.push(BREAK[PARA]);
        return null;
      case "img":
        this.image(attribs, src, font, parent.pre);
        return null;
      case "input":
        this.input(attribs, src, font, parent.pre);
        return null;
      case "table":
        this.out.push(BREAK[PARA]);
        return this.frame(name, font, parent.pre, Exit.Table);
      case "tr":
        if (this.rowDepth < MAX_TABLE_DEPTH) return this.openRow(name, font, parent.pre);
        this.warnDepth(src);
        break;
      case "td":
      case "th":
        if (this.currentRow && !this.currentRow.cellOpen) return this.openCell(name, font, parent.pre);
        break;
      default:
        if (PREFORMATTED.has(name)) {
          this.out.push(BREAK[PARA]);
          return this.frame(name, font, true, Exit.Pre);
        }
        if (!BLOCKS.has(name)) return this.frame(name, font, parent.pre, Exit.None);
    }
    // A block, or table structure read as a block (stray cells, rows nested too deep).
    this.out.push(BREAK[PARA]);
    return this.frame(name, font, parent.pre, Exit.Block);
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

  private openRow(name: string, font: ElementFont, pre: boolean): Frame {
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
    const frame = this.frame(name, font, pre, Exit.Row);
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

  private openCell(name: string, font: ElementFont, pre: boolean): Frame {
    const row = this.currentRow as RowState;
    const cell: Cell = { toks: [], nested: false };
    row.cells.push(cell);
    row.cellOpen = true;
    this.out = cell.toks;
    this.currentCell = cell;
    const frame = this.frame(name, font, pre, Exit.Cell);
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

  /** Renders a text node: words, spaces and checkbox glyphs. */
  text(node: TextNode): void {
    const frame = this.frames[this.frames.length - 1] as Frame;
    let data = node.data;
    if (data.length === 0) return;
    let start = node.start;
    let raw = node.literal ? data : this.html.slice(start, node.end + 1);
    if (ENVELOPE_VALUE_TAGS.has(frame.name) && node.first) {
      // `<TYPE>NT 10-K` ends at its line end; the rest is the document.
      const cut = data.indexOf("\n");
      const rawCut = raw.indexOf("\n");
      if (cut < 0 || rawCut < 0) return;
      data = data.slice(cut + 1);
      raw = raw.slice(rawCut + 1);
      start += rawCut + 1;
    }
    if (frame.exit === Exit.Pre && node.first) {
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
    this.words(pieces, frame, node.inElement && isLone(data));
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
      // One space between two words copied from the source stays inside the
      // word run: the text writer would write that same space back between them.
      const joinSpaces = plainAscii && !pre && piece.literal;
      let run = -1;
      let i = 0;
      while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c > 32 && c < 127 && plainAscii) {
          if (run < 0) run = i;
          i++;
          continue;
        }
        if (c === 32 && joinSpaces && run >= 0 && isPlainAscii(s.charCodeAt(i + 1))) {
          i += 2;
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
          if (!pre) {
            // The white space that follows collapses into the same one space: one token
            // for a run (the nesting guard's blanked tags make runs of thousands).
            while (isWhiteSpace(s.charCodeAt(i + 1))) i++;
          }
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

  private glyph(decision: GlyphDecision, src: number, glyph: string, font: ElementFont, pre: boolean): void {
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

  private pushMark(state: MarkState, src: number, glyph: string, font: ElementFont, pre: boolean): void {
    const info: MarkInfo = { offset: derivedOffset(-1), sourceOffset: bodyOffset(src), glyph, font: font.family, state };
    this.marks.push(info);
    if (!pre) this.out.push(BREAK[SPACE]);
    this.out.push({ t: "mark", info });
    if (!pre) this.out.push(BREAK[SPACE]);
    this.markCount++;
  }

  /** Adds where the font was declared to a glyph warning (the broken `style` attribute, as written). */
  private explain(why: string, font: ElementFont): string {
    if (font.declaredAt === undefined) return why;
    const end = this.html.indexOf(">", font.declaredAt);
    const tagEnd = end < 0 ? this.html.length : Math.min(end + 1, font.declaredAt + 200);
    return `${why}; font declared by ${this.html.slice(font.declaredAt, tagEnd)}`;
  }

  private image(attribs: Record<string, string>, src: number, font: ElementFont, pre: boolean): void {
    const decision = decideImage(attribs["alt"] ?? "", attribs["src"] ?? "");
    if (decision.kind === "none") return;
    if (decision.ruleId) this.message(decision.ruleId, decision.why ?? "", src);
    this.pushMark(decision.state, src, this.tagText(src), font, pre);
  }

  private input(attribs: Record<string, string>, src: number, font: ElementFont, pre: boolean): void {
    const type = (attribs["type"] ?? "").toLowerCase();
    if (type !== "checkbox" && type !== "radio") return;
    const state: MarkState = attribs["checked"] !== undefined ? "checked" : "unchecked";
    this.pushMark(state, src, this.tagText(src), font, pre);
  }

  /** The element's start tag as written (bounded). */
  private tagText(start: number): string {
    const end = this.html.indexOf(">", start);
    return this.html.slice(start, end < 0 ? Math.min(this.html.length, start + 300) : Math.min(end + 1, start + 300));
  }

  private message(ruleId: RuleId, message: string, sourceOffset: number): void {
    this.messages.push(messageAt(ruleId, message, this.locate, bodyOffset(sourceOffset)));
  }
}

/** A printable ASCII character other than the space (NaN past the end is not). */
function isPlainAscii(c: number): boolean {
  return c > 32 && c < 127;
}
