import type { Offset } from "./offset-space.js";

/**
 * An offset into the decoded input: the whole text of one input after its
 * bytes were decoded (`input/decode-bytes.ts`). Evidence and messages give
 * lines and columns of this text.
 */
export type InputOffset = Offset<"input">;

/** The number `n`, read as an offset into the decoded input. */
export function inputOffset(n: number): InputOffset {
  return n as InputOffset;
}
