/**
 * Character references decoded exactly as htmlparser2 decodes them while it
 * parses (its own parser decodes each distinct string, remembered), for
 * the tag parser that reads the HTML with references left as written.
 */
import type { Parser } from "htmlparser2";
import { createHtmlParser } from "./html-parser-loader.js";

/** Bound on each memo (shared across documents); a full memo starts over. */
const MEMO_LIMIT = 4096;
/** Longest string remembered (longer ones are decoded each time). */
const MEMO_LENGTH = 1024;
const texts = new Map<string, string>();
const attributes = new Map<string, string>();

/** What the decoding parser gave, in parts. */
const parts: string[] = [];
let decoded = "";
let textParser: Parser | null = null;
let attributeParser: Parser | null = null;

/**
 * `raw`, text between two tags as written (no `<` that opens a tag), with
 * its character references decoded as in text (`&amp`, `&nbsp;`, `&#9746;`).
 */
export function decodeText(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  const known = texts.get(raw);
  if (known !== undefined) return known;
  textParser ??= createHtmlParser({
    ontext(data: string): void {
      parts.push(data);
    },
  });
  parts.length = 0;
  textParser.parseComplete(raw);
  // Joined, not concatenated: a flat string, which the renderer reads character by character
  // several times faster than a string built with `+=`.
  const text = parts.join("");
  parts.length = 0;
  return remember(texts, raw, text);
}

/**
 * An attribute value as written between its quotes (`quote` is `"`, `'`,
 * or "" for an unquoted value), its character references decoded as in an
 * attribute (`&amp;`, but not the `&copy` of `&copy=`).
 */
export function decodeAttribute(raw: string, quote: string): string {
  if (raw.indexOf("&") < 0) return raw;
  const key = quote + raw;
  const known = attributes.get(key);
  if (known !== undefined) return known;
  attributeParser ??= createHtmlParser({
    onattribute(_name: string, value: string): void {
      decoded = value;
    },
  });
  decoded = "";
  // The value's own quotes end it, so it holds none of them (unquoted: no space, no `>`).
  attributeParser.parseComplete(`<a v=${quote}${raw}${quote}>`);
  return remember(attributes, key, decoded);
}

function remember(memo: Map<string, string>, key: string, value: string): string {
  if (key.length > MEMO_LENGTH) return value;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}
