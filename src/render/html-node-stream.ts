/**
 * The tag parser's elements and text (html-tag-parser.ts) turned into the
 * nodes of the tree htmlparser2's DOM handler (domhandler) would build,
 * handed on one at a time as the parser meets them, with no tree kept:
 * consecutive texts make one text node (as domhandler joins them), its
 * character references decoded, each node knows whether it is the first
 * child of its parent, and the text of every `<style>` element is handed on
 * wherever it sits. Elements the sink declines are skipped up to their end.
 */
import { decodeText } from "./entity-decoding.js";
import { parseTags, type TagSink } from "./html-tag-parser.js";
import { VOID_ELEMENTS } from "./parser-tables.js";

/** A text node, complete. */
export interface TextNode {
  /** The decoded text. */
  data: string;
  /** Offset in the HTML where the node starts. */
  start: number;
  /** Offset in the HTML of its last character (inclusive, as domhandler's `endIndex`). */
  end: number;
  /** True when `data` is the HTML from `start` to `end` as written (no reference decoded, no tag dropped). */
  literal: boolean;
  /** The node is its parent's first child. */
  first: boolean;
  /** Its parent is an element (not the document). */
  inElement: boolean;
}

/** What the stream hands its nodes to. */
export interface NodeSink {
  /**
   * An element (other than `<script>` and `<style>`) opens inside a rendered
   * one, starting at offset `start`. Returns false when its content is not
   * rendered: the stream then skips everything up to its end.
   */
  open(name: string, attribs: Record<string, string>, start: number): boolean;
  /** The innermost rendered element ends. */
  close(): void;
  /** A text node whose parent is rendered. */
  text(node: TextNode): void;
  /** A text or comment child of a `<style>` element, wherever it is (in document order). */
  styleSheet(css: string): void;
}

/** How an open element is treated. */
const enum Kind {
  /** Rendered: its text and elements go to the sink. */
  Rendered,
  /** Not shown: a `<script>`, an element the sink declined, or one inside them (a `<style>` there is still read). */
  Skipped,
  /** A `<style>` element: its text and comment children are style sheets. */
  Style,
  /** An element inside a `<style>` (`<style/>` leaves it open): nothing shown, nothing read. */
  InStyle,
}

/**
 * Feeds `html` through the tag parser to `sink`. Returns false, having
 * stopped there, when an element would open `maxDepth` or more elements deep
 * (the parser's own open elements, as nesting-guard.ts follows them); true
 * once the whole HTML is streamed. Linear in the HTML while its nesting stays
 * below `maxDepth` or was capped beforehand.
 */
export function streamNodes(html: string, sink: NodeSink, maxDepth: number = Infinity): boolean {
  try {
    parseTags(html, new NodeStream(sink, maxDepth));
  } catch (error) {
    if (error === TOO_DEEP) return false;
    throw error;
  }
  return true;
}

/** Thrown from the parse to stop it at the first element opened too deep. */
const TOO_DEEP = new Error("nesting too deep");

class NodeStream implements TagSink {
  /** Kinds of the open elements, innermost last. */
  private readonly kinds: Kind[] = [];
  /** Whether each open element has a child yet (index 0: the document). */
  private readonly childSeen: boolean[] = [false];
  /** The text node being written: its first text, and any more (joined when it is complete). */
  private textData = "";
  private readonly textParts: string[] = [];
  private textStart = -1;
  private textEnd = -1;
  private textLiteral = true;
  private textFirst = false;

  constructor(
    private readonly sink: NodeSink,
    private readonly maxDepth: number,
  ) {}

  /** The kind of the innermost open element (the document is rendered). */
  private top(): Kind {
    return this.kinds.length === 0 ? Kind.Rendered : (this.kinds[this.kinds.length - 1] as Kind);
  }

  /** Marks that the innermost open element has a child now; returns whether it had none before. */
  private addChild(): boolean {
    const at = this.childSeen.length - 1;
    const first = !(this.childSeen[at] as boolean);
    this.childSeen[at] = true;
    return first;
  }

  text(raw: string, start: number, end: number, references: boolean): void {
    // Only the text of a rendered element or a style sheet is read (and decoded).
    const kind = this.top();
    const data = references && (kind === Kind.Rendered || kind === Kind.Style) ? decodeText(raw) : raw;
    // Text as long as its source is a copy of it; a decoded reference is shorter.
    const copied = data === raw && data.length === end - start + 1;
    if (this.textStart >= 0) {
      this.textLiteral = this.textLiteral && copied && start === this.textEnd + 1;
      this.textParts.push(data);
      this.textEnd = end;
      return;
    }
    this.textFirst = this.addChild();
    this.textData = data;
    this.textStart = start;
    this.textEnd = end;
    this.textLiteral = copied;
  }

  /** Hands on the text node being written, now complete. */
  private endText(): void {
    if (this.textStart < 0) return;
    const kind = this.top();
    let data = this.textData;
    if (this.textParts.length > 0) {
      // Joined, not concatenated: a flat string, which the renderer reads faster.
      this.textParts.unshift(data);
      data = this.textParts.join("");
      this.textParts.length = 0;
    }
    if (kind === Kind.Rendered) {
      this.sink.text({
        data,
        start: this.textStart,
        end: this.textEnd,
        literal: this.textLiteral,
        first: this.textFirst,
        inElement: this.kinds.length > 0,
      });
    } else if (kind === Kind.Style && data.length > 0) this.sink.styleSheet(data);
    this.textStart = -1;
    this.textData = "";
  }

  open(name: string, attribs: Record<string, string>, start: number): void {
    // `kinds` mirrors the parser's open elements; a void element is opened and closed at once.
    if (this.kinds.length >= this.maxDepth && !VOID_ELEMENTS.has(name)) throw TOO_DEEP;
    this.endText();
    this.addChild();
    const parent = this.top();
    let kind: Kind;
    if (parent === Kind.Style || parent === Kind.InStyle) kind = Kind.InStyle;
    else if (name === "style") kind = Kind.Style;
    else if (name === "script" || parent === Kind.Skipped) kind = Kind.Skipped;
    else kind = this.sink.open(name, attribs, start) ? Kind.Rendered : Kind.Skipped;
    this.kinds.push(kind);
    this.childSeen.push(false);
  }

  close(): void {
    this.endText();
    const kind = this.kinds.pop();
    this.childSeen.pop();
    if (kind === Kind.Rendered) this.sink.close();
  }

  comment(data: string): void {
    this.endText();
    this.addChild();
    if (this.top() === Kind.Style && data.length > 0) this.sink.styleSheet(data);
  }

  instruction(): void {
    this.endText();
    this.addChild();
  }

  end(): void {
    this.endText();
  }
}
