import type { Offset } from "./offset-space.js";

/**
 * An offset into one document body, the string a renderer reads: the HTML
 * source positions of an HTML body, the characters of a plain-text body, or
 * the header text shown by `inspect`.
 */
export type BodyOffset = Offset<"body">;

/** The number `n`, read as an offset into a document body. */
export function bodyOffset(n: number): BodyOffset {
  return n as BodyOffset;
}
