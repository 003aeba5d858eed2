import { LineIndex } from "../core/line-index.js";
import { derivedOffset } from "../core/derived-offset.js";
import { inputOffset, type InputOffset } from "../core/input-offset.js";
import type { FilingTexts } from "../parse-filing-types.js";
import { ONE_SPACE, WORD_BREAK } from "./output-patterns.js";

/** A stretch of one of the shown texts (`FilingTexts.parts`). */
export interface ShownSpan {
  /** Index of the part in `FilingTexts.parts`. */
  part: number;
  start: number;
  end: number;
  /** Whether the evidence text was found there word for word; false when only its start is known. */
  exact: boolean;
}

/** How far (in characters) the first word of the evidence may lie from its point: leading layout trimmed away. */
const FIRST_WORD_REACH = 40;
/** The gap allowed between two words of the evidence: page furniture or printed instructions left out of a long text. */
const WORD_GAP = 400;
/** The most places of one input offset that are tried. */
const MAX_CANDIDATES = 64;
/** Evidence texts longer than this are cut to 197 characters and `...` by the readers. */
const EVIDENCE_CUT = 200;

/**
 * Finds values' evidence and warnings' points in the texts a person reads:
 * a 1-based line and column of the input becomes its offset, then the places
 * of the shown texts that map to that offset, and the evidence text is matched
 * there word by word (the readers collapse white space, and long texts leave
 * out page furniture and instructions).
 */
export class EvidenceLocator {
  private readonly lines: LineIndex<InputOffset>;
  private readonly maps: (Int32Array | null)[];
  private readonly monotone: boolean[] = [];

  constructor(private readonly texts: FilingTexts) {
    this.lines = new LineIndex(texts.input, inputOffset);
    this.maps = texts.parts.map(() => null);
  }

  /** The input offset of a 1-based line and column, or null when the input has no such line. */
  inputOffset(line: number, column: number): InputOffset | null {
    return this.lines.offsetAt(line, column);
  }

  /** Where a value's evidence stands in the shown texts, or null when it lies outside them. */
  evidence(line: number, column: number, text: string): ShownSpan | null {
    const offset = this.inputOffset(line, column);
    if (offset === null) return null;
    const words = evidenceWords(text);
    const cut = isCut(text);
    let fallback: ShownSpan | null = null;
    for (let part = 0; part < this.texts.parts.length; part++) {
      const shown = this.texts.parts[part]?.text ?? "";
      for (const at of this.places(part, offset)) {
        const end = words.length > 0 ? matchWords(shown, at, words) : null;
        // A cut text's last word is a prefix: the mark runs on to that word's end.
        if (end !== null) return { part, start: end.start, end: cut ? wordEnd(shown, end.end - 1) : end.end, exact: true };
        fallback ??= { part, start: at, end: wordEnd(shown, at), exact: words.length === 0 };
      }
    }
    return fallback;
  }

  /** The word at a warning's point in the shown texts, or null when it lies outside them. */
  point(line: number, column: number): ShownSpan | null {
    const offset = this.inputOffset(line, column);
    if (offset === null) return null;
    for (let part = 0; part < this.texts.parts.length; part++) {
      const shown = this.texts.parts[part]?.text ?? "";
      const [at] = this.places(part, offset);
      if (at !== undefined) return { part, start: at, end: wordEnd(shown, at), exact: true };
    }
    return null;
  }

  /**
   * The offsets of part `part` that map to input offset `offset`, in text
   * order; when none does exactly (a point clamped to its line's last
   * character), the first that maps within two characters after it.
   */
  private places(part: number, offset: InputOffset): number[] {
    const map = this.map(part);
    if (map.length === 0) return [];
    if (this.monotone[part]) {
      let lo = 0;
      let hi = map.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((map[mid] as number) < offset) lo = mid + 1;
        else hi = mid;
      }
      const found: number[] = [];
      for (let i = lo; i < map.length && map[i] === offset && found.length < MAX_CANDIDATES; i++) found.push(i);
      if (found.length === 0 && lo < map.length && (map[lo] as number) - offset <= 2) found.push(lo);
      return found;
    }
    const found: number[] = [];
    for (let i = 0; i < map.length && found.length < MAX_CANDIDATES; i++) if (map[i] === offset) found.push(i);
    return found;
  }

  /** Each offset of a part → its input offset, built on first use. */
  private map(part: number): Int32Array {
    const known = this.maps[part];
    if (known) return known;
    const shown = this.texts.parts[part];
    const map = new Int32Array(shown?.text.length ?? 0);
    let monotone = true;
    for (let i = 0; i < map.length; i++) {
      map[i] = shown?.toInput(derivedOffset(i)) ?? 0;
      if (i > 0 && (map[i] as number) < (map[i - 1] as number)) monotone = false;
    }
    this.maps[part] = map;
    this.monotone[part] = monotone;
    return map;
  }
}

/** Whether the readers cut an evidence text (to {@link EVIDENCE_CUT} characters ending `...`). */
function isCut(text: string): boolean {
  return text.length === EVIDENCE_CUT && text.endsWith("...");
}

/** The words of an evidence text; a text the readers cut keeps its words before the cut (the last one a prefix). */
function evidenceWords(text: string): string[] {
  const kept = isCut(text) ? text.slice(0, EVIDENCE_CUT - 3) : text;
  return kept.split(WORD_BREAK).filter((w) => w.length > 0);
}

/**
 * Matches the words at `at` (the first within {@link FIRST_WORD_REACH}, each
 * next one after white space or within {@link WORD_GAP}); the stretch from
 * the first word's start to the last word's end, or null.
 */
function matchWords(shown: string, at: number, words: string[]): { start: number; end: number } | null {
  const first = words[0] as string;
  const start = shown.slice(at, at + FIRST_WORD_REACH + first.length).indexOf(first);
  if (start < 0) return null;
  let i = at + start + first.length;
  for (const word of words.slice(1)) {
    let j = i;
    while (j < shown.length && ONE_SPACE.test(shown.charAt(j))) j++;
    if (!shown.startsWith(word, j)) {
      const next = shown.slice(i, i + WORD_GAP + word.length).indexOf(word);
      if (next < 0) return null;
      j = i + next;
    }
    i = j + word.length;
  }
  return { start: at + start, end: i };
}

/** The end of the word at `at` (at least one character, at most 40). */
function wordEnd(shown: string, at: number): number {
  let end = at + 1;
  while (end < shown.length && end - at < 40 && !ONE_SPACE.test(shown.charAt(end))) end++;
  return Math.min(end, shown.length);
}
