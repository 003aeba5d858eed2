import { nextMatch } from "../core/scan.js";

/**
 * Finds the next match of one pattern from a given offset, remembering the
 * last answer: a later search from any offset between the last start and
 * the match found returns that match without scanning again. The envelope
 * reader asks "where is the next `<TEXT>` / `</TEXT>` / boundary" once per
 * document, so without the memory a junk input with many `<DOCUMENT>` lines
 * and no `<TEXT>` would be rescanned to its end for every document (quadratic).
 *
 * The pattern must not look behind further than the previous character
 * (`^` with the `m` flag is fine), so a match does not depend on where the
 * search started.
 */
export class NextMatchFinder {
  private lastFrom = -1;
  private lastMatch: RegExpExecArray | null = null;

  constructor(
    private readonly text: string,
    private readonly re: RegExp,
  ) {}

  /** The first match starting at or after `from`, or null. */
  find(from: number): RegExpExecArray | null {
    if (this.lastFrom >= 0 && from >= this.lastFrom && (this.lastMatch === null || from <= this.lastMatch.index)) {
      return this.lastMatch;
    }
    const m = nextMatch(this.re, this.text, from);
    this.lastFrom = from;
    this.lastMatch = m;
    return m;
  }

  /** The offset of the first match at or after `from`, or `fallback` when none. */
  indexFrom(from: number, fallback: number): number {
    return this.find(from)?.index ?? fallback;
  }
}
