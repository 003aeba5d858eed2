/**
 * One line index per text: every line and column in the project comes from
 * an offset through this index, and every offset of a line and column goes
 * back through it, never by counting by hand. An index belongs to one
 * coordinate space (`offset-space.ts`): the decoded input's for evidence and
 * messages, a body's for the HTML renderer's own places.
 */
export interface Point<O extends number = number> {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the text. */
  offset: O;
}

/** Maps offsets of one text to 1-based line and column (CR, LF and CRLF end lines), and back. */
export class LineIndex<O extends number> {
  /** Offset at which each line starts. */
  readonly starts: number[];

  /** `at` is the constructor of the text's space (`inputOffset`, `bodyOffset`, …). */
  constructor(
    readonly text: string,
    private readonly at: (n: number) => O,
  ) {
    this.starts = lineStarts(text);
  }

  /**
   * The point of an offset (clamped into the text). A point never lies past
   * the end of its line: an offset on a line's end (its CR, LF or CRLF, or
   * the end of the text) is the line's last character, column 1 on an empty
   * line, whatever the line ends (a CR is never counted as a column;
   * fixtures/constructed/truncated/mid-part2.txt ends inside a line).
   */
  point(offset: O): Point<O> {
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
    return { line: lo + 1, column: Math.min(o - start, Math.max(length - 1, 0)) + 1, offset: this.at(o) };
  }

  /**
   * The offset of a 1-based line and column (clamped to the text's end), or
   * null when the text has no such line or the column is below 1: the way
   * back from a point evidence gives.
   */
  offsetAt(line: number, column: number): O | null {
    const start = this.starts[line - 1];
    if (start === undefined || column < 1) return null;
    return this.at(Math.min(start + column - 1, this.text.length));
  }

  /** The offset where line `index` (0-based) ends, before its line break. */
  private lineEnd(index: number): number {
    let end = index + 1 < this.starts.length ? (this.starts[index + 1] as number) : this.text.length;
    if (end > (this.starts[index] as number) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > (this.starts[index] as number) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * `point` of a line index of `text` built on first use: free for a caller
 * that never asks. `at` is the constructor of the text's space.
 */
export function lazyLineIndex<O extends number>(text: string, at: (n: number) => O): (offset: O) => Point<O> {
  let index: LineIndex<O> | null = null;
  return (offset) => (index ??= new LineIndex(text, at)).point(offset);
}

/**
 * Calls `visit` with the start and end (before its CR, LF or CRLF, or the
 * text's end) of each line of `text`, in order. The next LF and the next CR
 * are found by `indexOf`, which skips the characters between far faster than
 * a loop over each (an HTML notice's input is tens of kilobytes); an LF right
 * after a line break is taken as it is, so a run of blank lines costs no
 * search per line.
 */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (;;) {
    let end: number;
    if (lf !== -1 && (cr === -1 || lf < cr)) end = lf;
    else if (cr !== -1) end = cr;
    else break;
    // A CR, and the LF right after it with it (CRLF): one line break.
    const next = end === cr && lf === cr + 1 ? cr + 2 : end + 1;
    visit(start, end);
    start = next;
    if (lf !== -1 && lf < next) lf = text.charCodeAt(next) === 10 ? next : text.indexOf("\n", next);
    if (cr !== -1 && cr < next) cr = text.indexOf("\r", next);
  }
  visit(start, text.length);
}

/** The offset at which each line of `text` starts (CR, LF and CRLF end lines; {@link forEachLine}). */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  forEachLine(text, (start) => {
    starts.push(start);
  });
  return starts;
}
