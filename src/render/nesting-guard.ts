/**
 * Keeps pathologically deep HTML from making the parse quadratic. The tag
 * parser looks through its open elements for the one an end tag closes, so
 * each end tag that closes no innermost element costs time in the current
 * nesting depth (and htmlparser2's own parser, which shifted its open elements
 * at the front, paid it on every start tag: 200,000 nested tables took
 * minutes). The parse stops when it reaches the cap
 * (html-node-stream.ts); then this linear scan follows the parser's open-element
 * stack (its implied closes and void elements included) and blanks, with
 * spaces of the same length, every start tag that would open deeper than the
 * cap, and the end tags that would have closed them. Offsets do not move, so
 * evidence still points into the original HTML. Real filings nest a few dozen
 * deep at most and are never touched.
 */

import { IMPLIES_CLOSE, VOID_ELEMENTS } from "./parser-tables.js";

/** Deepest element nesting the parser is given. */
export const MAX_NESTING = 512;

/** Elements whose content is raw text up to their own end tag. */
const RAW_TEXT: ReadonlySet<string> = new Set(["script", "style", "title", "textarea", "xmp"]);

/** The HTML as the parser should see it, and where the first tag was blanked. */
export interface NestingGuardResult {
  /** Same length as the input; deep tags blanked. The input itself when nothing was blanked. */
  html: string;
  /** Offset of the first blanked start tag, or null. */
  cappedAt: number | null;
}

/** Blanks start tags nested deeper than `maxDepth` (and their end tags). Linear in the input. */
export function capNesting(html: string, maxDepth: number = MAX_NESTING): NestingGuardResult {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const blanked = new Map<string, number>();
  const cuts: number[] = []; // start, end pairs (end exclusive)
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const end = html.startsWith("<!--", lt) ? html.indexOf("-->", lt + 4) : html.indexOf(">", lt + 2);
      i = end < 0 ? n : end + (html.startsWith("<!--", lt) ? 3 : 1);
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = closing ? endOfCloseTag(html, nameEnd) : endOfStartTag(html, nameEnd);
    if (closing) {
      if (!VOID_ELEMENTS.has(name)) {
        if ((blanked.get(name) ?? 0) > 0) {
          // The innermost element of that name is a blanked one: its end tag goes too.
          blanked.set(name, (blanked.get(name) ?? 1) - 1);
          cuts.push(lt, tagEnd);
        } else if ((open.get(name) ?? 0) > 0) {
          for (;;) {
            const top = stack.pop() as string;
            open.set(top, (open.get(top) ?? 1) - 1);
            if (top === name) break;
          }
        }
      }
      i = tagEnd;
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) {
      while (stack.length > 0 && implied.has(stack[stack.length - 1] as string)) {
        const top = stack.pop() as string;
        open.set(top, (open.get(top) ?? 1) - 1);
      }
    }
    i = tagEnd;
    if (VOID_ELEMENTS.has(name)) continue;
    if (stack.length >= maxDepth) {
      blanked.set(name, (blanked.get(name) ?? 0) + 1);
      cuts.push(lt, tagEnd);
    } else {
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
    }
    if (RAW_TEXT.has(name)) i = endOfRawText(html, tagEnd, name);
  }
  if (cuts.length === 0) return { html, cappedAt: null };
  return { html: blank(html, cuts), cappedAt: cuts[0] ?? null };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 47 || c === 62;
}

/** Offset just past the `>` of a start tag whose name ends at `from` (quoted attribute values may hold `>`). */
function endOfStartTag(html: string, from: number): number {
  let i = from;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 61 /* = */) {
      i++;
      while (i < n && isNameEnd(html.charCodeAt(i)) && html.charCodeAt(i) !== 62 && html.charCodeAt(i) !== 47) i++;
      const q = html.charCodeAt(i);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
        i = close < 0 ? n : close + 1;
        continue;
      }
      continue;
    }
    i++;
  }
  return n;
}

function endOfCloseTag(html: string, from: number): number {
  const gt = html.indexOf(">", from);
  return gt < 0 ? html.length : gt + 1;
}

/** Offset of the end tag closing raw text `name` (case-insensitive), or the end of the input. */
function endOfRawText(html: string, from: number, name: string): number {
  let i = from;
  for (;;) {
    const at = html.indexOf("</", i);
    if (at < 0) return html.length;
    const candidate = html.slice(at + 2, at + 2 + name.length);
    if (candidate.toLowerCase() === name && isNameEnd(html.charCodeAt(at + 2 + name.length))) return at;
    i = at + 2;
  }
}

/** The input with each [start, end) range replaced by spaces (line ends kept). */
function blank(html: string, cuts: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    parts.push(html.slice(at, start));
    let j = start;
    while (j < end) {
      let k = j;
      while (k < end && !isLineEnd(html.charCodeAt(k))) k++;
      if (k > j) parts.push(" ".repeat(k - j));
      if (k < end) parts.push(html.charAt(k));
      j = k + 1;
    }
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}
