import type { Offset } from "./offset-space.js";

/**
 * An offset into a long text (a narrative, the Part IV (3) explanation, an
 * accountant's letter): words of derived lines joined with their white
 * space collapsed (`fields/long-text.ts`), the text reasons are read in.
 */
export type LongTextOffset = Offset<"long-text">;

/** The number `n`, read as an offset into a long text. */
export function longTextOffset(n: number): LongTextOffset {
  return n as LongTextOffset;
}
