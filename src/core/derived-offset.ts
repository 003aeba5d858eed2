import type { Offset } from "./offset-space.js";

/**
 * An offset into a derived text: the line-oriented text that HTML rendering
 * or plain-text preparation makes of a body, in which the sectioner finds
 * the form and the readers read the fields.
 */
export type DerivedOffset = Offset<"derived">;

/** The number `n`, read as an offset into a derived text. */
export function derivedOffset(n: number): DerivedOffset {
  return n as DerivedOffset;
}
