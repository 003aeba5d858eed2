/**
 * One line index per source text: every position in the project comes from an
 * offset through this index, never from counting by hand.
 */
export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

/** Maps offsets of one text to 1-based line and column (CR, LF and CRLF end lines). */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** The point of an offset (clamped into the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1, offset: o };
  }
}

/** `point` of a line index of `text` built on first use: free for a caller that never asks. */
export function lazyLineIndex(text: string): (offset: number) => Point {
  let index: LineIndex | null = null;
  return (offset) => (index ??= new LineIndex(text)).point(offset);
}
