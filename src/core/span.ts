/**
 * A stretch of a text: `[start, end)` offsets into it. `O` names the text's
 * coordinate space (`DerivedOffset`, `InputOffset`, …; `offset-space.ts`);
 * a plain `Span` is a stretch of whatever text the code at hand reads.
 */
export interface Span<O extends number = number> {
  /** Offset of the first character. */
  start: O;
  /** Offset just past the last character. */
  end: O;
}
