import { replaceMatches } from "../core/scan.js";
import { VISIBLE_BLANK_RUN } from "./envelope-patterns.js";

/** Named entities worth decoding for marker matching; others stay as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  ndash: "-",
  mdash: "-",
  shy: "",
};

/** Elements whose content is never visible. */
const HIDDEN_ELEMENTS = ["style", "script"] as const;

/** The longest run between `<` and `>` still taken for a tag. */
const MAX_TAG_LENGTH = 4000;

/** The longest entity looked at (`&#x0000A0;`). */
const MAX_ENTITY_LENGTH = 12;

function isBlank(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\u00a0" || c === "\u2002" || c === "\u2003";
}

/** A character shown as it is: not a blank (see {@link isBlank}), `<` or `&`. */
function isPlain(code: number): boolean {
  return (
    code !== 60 && code !== 38 && code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 0xa0 && code !== 0x2002 && code !== 0x2003
  );
}

function isTagStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "/" || c === "!" || c === "?");
}

/**
 * The first `limit` characters of what a reader sees in `text[start, end)`:
 * tags dropped (each leaves a blank), `<style>`/`<script>` content
 * and comments skipped, common entities decoded, runs of blanks collapsed
 * to one space. Works on HTML and plain text alike (a `<` that does not open
 * a tag within a few thousand characters is kept), so the form-marker test
 * can read a Workiva body whose first 6,000 raw characters are all styles.
 *
 * Looks at no more than `rawLimit` characters of the source and in linear
 * time: the next `>` is found once and reused for every `<` before it.
 */
export function visibleTextHead(text: string, start: number, end: number, limit = 6000, rawLimit = 400_000): string {
  const stop = Math.min(end, text.length, start + rawLimit);
  return plainHead(text, start, stop, limit) ?? markupHead(text, start, stop, limit);
}

/** Raw characters the plain-text path reads at most for `limit` visible ones (blank-padded layouts need more: then the general path reads). */
const PLAIN_RAW_FACTOR = 4;

/**
 * {@link visibleTextHead} of a stretch with no `<` or `&` (a plain-text
 * notice, fixtures/constructed/layout/*.txt): its blank runs collapsed by
 * one native replace (a lone space is left as it is). Null when a `<` or
 * `&` comes before the head is complete, or the raw stretch read holds too
 * few visible characters; the general path then reads it. Same result as
 * the general path: leading and trailing blanks dropped, runs of blanks one
 * space.
 */
function plainHead(text: string, start: number, stop: number, limit: number): string | null {
  const rawEnd = Math.min(stop, start + limit * PLAIN_RAW_FACTOR);
  let i = start;
  while (i < rawEnd) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 38) break;
    i++;
  }
  let head = replaceMatches(text.slice(start, i), VISIBLE_BLANK_RUN, " ");
  if (head.startsWith(" ")) head = head.slice(1);
  // At the stretch's end nothing follows a trailing blank; else the head must run past `limit`, so that what follows cannot change it.
  if (i === stop) return (head.endsWith(" ") ? head.slice(0, -1) : head).slice(0, limit);
  return head.length > limit ? head.slice(0, limit) : null;
}

/** {@link visibleTextHead} read character by character: tags, comments, hidden elements and entities. */
function markupHead(text: string, start: number, stop: number, limit: number): string {
  let out = "";
  let pendingBlank = false;
  let nextGt = -2; // offset of the next '>' at or after the current '<' (-1: none)
  const emit = (s: string): void => {
    if (pendingBlank && out.length > 0) out += " ";
    pendingBlank = false;
    out += s;
  };
  let i = start;
  while (i < stop && out.length < limit) {
    const c = text[i] as string;
    if (c === "<" && isTagStart(text[i + 1])) {
      if (text.startsWith("<!--", i)) {
        const close = text.indexOf("-->", i + 4);
        i = close < 0 || close >= stop ? stop : close + 3;
        pendingBlank = true;
        continue;
      }
      if (nextGt !== -1 && nextGt < i) nextGt = text.indexOf(">", i);
      if (nextGt !== -1 && nextGt < stop && nextGt - i <= MAX_TAG_LENGTH) {
        const hidden = hiddenElement(text, i);
        i = nextGt + 1;
        if (hidden) {
          const close = indexOfIgnoreCase(text, `</${hidden}`, i, stop);
          i = close < 0 ? stop : close;
        }
        pendingBlank = true;
        continue;
      }
    }
    if (c === "&") {
      const decoded = decodeEntity(text, i, stop);
      if (decoded) {
        i += decoded.length;
        if (decoded.text === " ") pendingBlank = true;
        else if (decoded.text !== "") emit(decoded.text);
        continue;
      }
    }
    if (isBlank(c)) {
      pendingBlank = true;
      i++;
      continue;
    }
    // A run of characters that are neither blanks nor `<` or `&` is shown as it is, in one piece
    // (plain text is nearly all such runs); the run may pass `limit`, which the end cuts off.
    let runEnd = i + 1;
    while (runEnd < stop && isPlain(text.charCodeAt(runEnd))) runEnd++;
    emit(text.slice(i, runEnd));
    i = runEnd;
  }
  return out.slice(0, limit);
}

/** The hidden element (`style`, `script`) a tag at `at` opens, if any. */
function hiddenElement(text: string, at: number): string | null {
  for (const name of HIDDEN_ELEMENTS) {
    const after = text[at + 1 + name.length];
    if (text.slice(at + 1, at + 1 + name.length).toLowerCase() === name && (after === ">" || (after !== undefined && isBlank(after)))) {
      return name;
    }
  }
  return null;
}

/** First offset of `needle` (lowercase) in `text[from, stop)`, ignoring case; -1 when none. */
function indexOfIgnoreCase(text: string, needle: string, from: number, stop: number): number {
  const first = needle[0] as string;
  for (let i = from; i + needle.length <= stop; i++) {
    if (text[i] === first && text.slice(i, i + needle.length).toLowerCase() === needle) return i;
  }
  return -1;
}

/** Decodes the entity at `at` (`&nbsp;`, `&#160;`, `&#xA0;`); null when it is not one. */
function decodeEntity(text: string, at: number, stop: number): { text: string; length: number } | null {
  let semi = -1;
  for (let j = at + 1; j < stop && j - at <= MAX_ENTITY_LENGTH; j++) {
    if (text[j] === ";") {
      semi = j;
      break;
    }
  }
  if (semi < 0) return null;
  const body = text.slice(at + 1, semi);
  let cp: number | null = null;
  if (body.startsWith("#x") || body.startsWith("#X")) cp = parseHex(body.slice(2));
  else if (body.startsWith("#")) cp = parseDecimal(body.slice(1));
  else {
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named === undefined ? null : { text: named, length: semi - at + 1 };
  }
  if (cp === null || cp > 0x10ffff) return null;
  const ch = String.fromCodePoint(cp);
  return { text: isBlank(ch) ? " " : ch, length: semi - at + 1 };
}

function parseDecimal(s: string): number | null {
  if (s.length === 0) return null;
  let n = 0;
  for (const c of s) {
    if (c < "0" || c > "9") return null;
    n = n * 10 + (c.charCodeAt(0) - 48);
  }
  return n;
}

function parseHex(s: string): number | null {
  if (s.length === 0) return null;
  let n = 0;
  for (const c of s.toLowerCase()) {
    const d = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c >= "a" && c <= "f" ? c.charCodeAt(0) - 87 : -1;
    if (d < 0) return null;
    n = n * 16 + d;
  }
  return n;
}
