/** A stretch of a text: `[start, end)` offsets into it. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}
