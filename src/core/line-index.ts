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

  /**
   * The point of an offset (clamped into the text). A point never lies past
   * the end of its line: an offset on a line's end (its CR, LF or CRLF, or
   * the end of the text) is the line's last character, column 1 on an empty
   * line, whatever the line ends (a CR is never counted as a column;
   * fixtures/constructed/truncated/mid-part2.txt ends inside a line).
   */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo] as number;
    const length = this.lineEnd(lo) - start;
    return { line: lo + 1, column: Math.min(o - start, Math.max(length - 1, 0)) + 1, offset: o };
  }

  /** The offset where line `index` (0-based) ends, before its line break. */
  private lineEnd(index: number): number {
    let end = index + 1 < this.starts.length ? (this.starts[index + 1] as number) : this.text.length;
    if (end > (this.starts[index] as number) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > (this.starts[index] as number) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** `point` of a line index of `text` built on first use: free for a caller that never asks. */
export function lazyLineIndex(text: string): (offset: number) => Point {
  let index: LineIndex | null = null;
  return (offset) => (index ??= new LineIndex(text)).point(offset);
}
