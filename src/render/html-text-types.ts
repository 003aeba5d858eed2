/**
 * What the HTML front end hands to the sectioner besides the text itself.
 */
import type { BodyOffset } from "../core/body-offset.js";
import type { DerivedOffset } from "../core/derived-offset.js";
import type { DerivedText } from "../core/derived-text.js";
import type { Message } from "../core/message.js";

/** State of a checkbox as the canonical mark in the text says it. */
export type MarkState = "checked" | "unchecked" | "unreadable";

/** One checkbox found in the HTML and written into the text as a canonical mark. */
export interface MarkInfo {
  /** Offset of the canonical mark in `derived.text`. */
  offset: DerivedOffset;
  /** Offset in the HTML where the glyph (or `<img>`/`<input>` tag) starts. */
  sourceOffset: BodyOffset;
  /** The glyph as written in the source: `&#9746;`, `þ`, `&#xF0FE;`, or the `<img …>` tag. */
  glyph: string;
  /** The font-family in effect as written (`Wingdings`, `'Arial',sans-serif`), `""` when declared empty, null when none. */
  font: string | null;
  /** What the mark says. */
  state: MarkState;
}

/** Result of rendering an HTML document to line-oriented text. */
export interface HtmlTextResult {
  /** The text and its way back to offsets of the HTML. */
  derived: DerivedText;
  /** Every checkbox written as a canonical mark, in text order. */
  marks: MarkInfo[];
  /** Warnings and notes, in source order of discovery. */
  messages: Message[];
}
