/**
 * htmlparser2's `Parser` (HTML mode; MIT licence, its notice in
 * THIRD-PARTY-NOTICES.md) redone over its `Tokenizer` (ported in
 * html-tokenizer.ts) for this front end: the same elements opened and closed at the same places (its
 * implied closes, void elements, `</p>` and `</br>`, self-closing tags in
 * `<svg>`/`<math>`), and the same positions; but the open elements are kept
 * innermost last (no array shifted at the front), only the attributes the
 * renderer reads are kept, and character references are decoded only where
 * the text or attribute is used (entity-decoding.ts), so the tokenizer skips
 * over text and quoted values in one step instead of character by character.
 */
import { tokenize, type TokenCallbacks } from "./html-tokenizer.js";
import { decodeAttribute } from "./entity-decoding.js";
import { FOREIGN_CONTEXT, HTML_INTEGRATION, IMPLIES_CLOSE, VOID_ELEMENTS } from "./parser-tables.js";
import { READ_ATTRIBUTES } from "./html-elements.js";

/** What the tag parser hands its elements, text and other nodes to. */
export interface TagSink {
  /**
   * Text from offset `start` to `end` (inclusive) of the HTML: `raw` as
   * written; `references` when htmlparser2 would decode its character
   * references (not in `<script>`, `<style>`, `<textarea>`, `<xmp>`, nor
   * in what is left of a cut-off tag or comment at the end of the input).
   */
  text(raw: string, start: number, end: number, references: boolean): void;
  /** An element opens at offset `start` with the attributes the renderer reads. */
  open(name: string, attribs: Record<string, string>, start: number): void;
  /** The innermost open element ends. */
  close(): void;
  /** A comment (or a CDATA section, which HTML reads as a comment). */
  comment(data: string): void;
  /** A declaration (`<!DOCTYPE …>`) or processing instruction. */
  instruction(): void;
  /** The input ends (after every open element was closed). */
  end(): void;
}

/** The attributes of a start tag that has none the renderer reads (never written to). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/** The tokenizer's quote types (htmlparser2's `QuoteType`): no value, unquoted, single, double. */
const QUOTES = ["", "", "'", '"'];

/** Parses `html`, handing what it holds to `sink` as htmlparser2's parser would. */
export function parseTags(html: string, sink: TagSink): void {
  tokenize(html, new TagParser(html, sink));
}

class TagParser implements TokenCallbacks {
  /** Where the current node starts and ends (inclusive), as htmlparser2's parser has them. */
  private startIndex = 0;
  private endIndex = 0;
  private openTagStart = 0;
  private tagname = "";
  private attribname = "";
  /** The current attribute is one the renderer reads. */
  private attribKept = false;
  private attribvalue = "";
  /** A start tag is open (its attributes being read). */
  private opening = false;
  /** The attributes kept of the open start tag (made with the first one). */
  private attribs: Record<string, string> | null = null;
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether each foreign (`<svg>`, `<math>`) or integration element opened a foreign context, innermost last. */
  private readonly foreignContext: boolean[] = [false];

  constructor(
    private readonly html: string,
    private readonly sink: TagSink,
  ) {}

  ontext(start: number, endIndex: number, references: boolean): void {
    this.endIndex = endIndex - 1;
    this.sink.text(this.html.slice(start, endIndex), this.startIndex, this.endIndex, references);
    this.startIndex = endIndex;
  }

  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(this.html.slice(start, endIndex).toLowerCase());
  }

  private emitOpenTag(name: string): void {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const impliesClose = IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1] as string)) {
        stack.pop();
        this.sink.close();
      }
    }
    if (!VOID_ELEMENTS.has(name)) {
      this.stack.push(name);
      if (FOREIGN_CONTEXT.has(name)) this.foreignContext.push(true);
      else if (HTML_INTEGRATION.has(name)) this.foreignContext.push(false);
    }
    this.opening = true;
  }

  private endOpenTag(): void {
    this.startIndex = this.openTagStart;
    if (this.opening) {
      this.sink.open(this.tagname, this.attribs ?? NO_ATTRIBUTES, this.startIndex);
      this.opening = false;
      this.attribs = null;
    }
    if (VOID_ELEMENTS.has(this.tagname)) this.sink.close();
    this.tagname = "";
  }

  onopentagend(endIndex: number): void {
    this.endIndex = endIndex;
    this.endOpenTag();
    this.startIndex = endIndex + 1;
  }

  onclosetag(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    const stack = this.stack;
    if (this.closesTop(start, endIndex)) {
      // The usual case: the end tag of the innermost element (never a void one).
      const name = stack[stack.length - 1] as string;
      if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreignContext.pop();
      stack.pop();
      this.sink.close();
      this.startIndex = endIndex + 1;
      return;
    }
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreignContext.pop();
    if (!VOID_ELEMENTS.has(name)) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        while (stack.length > at) {
          stack.pop();
          this.sink.close();
        }
      } else if (name === "p") {
        // `</p>` with no open <p>: an empty paragraph.
        this.emitOpenTag("p");
        this.closeCurrentTag();
      }
    } else if (name === "br") {
      // `</br>` is a <br>.
      this.sink.open("br", NO_ATTRIBUTES, this.startIndex);
      this.sink.close();
    }
    this.startIndex = endIndex + 1;
  }

  /** Whether the end tag's name, from `start` to `end`, is (in ASCII, any case) the innermost open element's. */
  private closesTop(start: number, end: number): boolean {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined || top.length !== end - start) return false;
    for (let k = 0; k < top.length; k++) {
      let c = this.html.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c |= 0x20;
      else if (c >= 128) return false;
      if (c !== top.charCodeAt(k)) return false;
    }
    return true;
  }

  onselfclosingtag(endIndex: number): void {
    this.endIndex = endIndex;
    if (this.foreignContext[this.foreignContext.length - 1] === true) {
      this.closeCurrentTag();
      this.startIndex = endIndex + 1;
    } else {
      // HTML ignores the `/` of `<div/>`.
      this.onopentagend(endIndex);
    }
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) {
      this.sink.close();
      this.stack.pop();
    }
  }

  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    const length = endIndex - start;
    // Only a name of a read attribute's length is looked at (they are 3 to 7 letters long).
    this.attribKept = length >= 3 && length <= 7 && READ_ATTRIBUTES.has((this.attribname = this.html.slice(start, endIndex).toLowerCase()));
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.attribKept) this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribend(quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    if (this.attribKept && this.opening) {
      this.attribs ??= {};
      // The first of two attributes of one name counts.
      if (this.attribs[this.attribname] === undefined) {
        this.attribs[this.attribname] = decodeAttribute(this.attribvalue, QUOTES[quote] ?? "");
      }
    }
    this.attribvalue = "";
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.sink.instruction();
    this.startIndex = endIndex + 1;
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.sink.instruction();
    this.startIndex = endIndex + 1;
  }

  oncomment(start: number, endIndex: number, offset: number): void {
    this.endIndex = endIndex;
    this.sink.comment(this.html.slice(start, endIndex - offset));
    this.startIndex = endIndex + 1;
  }

  oncdata(start: number, endIndex: number, offset: number): void {
    this.endIndex = endIndex;
    this.sink.comment(`[CDATA[${this.html.slice(start, endIndex - offset)}]]`);
    this.startIndex = endIndex + 1;
  }

  onend(): void {
    this.endIndex = this.startIndex;
    for (let k = this.stack.length; k > 0; k--) this.sink.close();
    this.sink.end();
  }
}
