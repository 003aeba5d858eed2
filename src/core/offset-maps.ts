/**
 * The one mapping function between each pair of coordinate spaces
 * (`offset-space.ts`); no other code moves an offset from one space to
 * another. Offsets to lines and columns go through the line index of their
 * space (`line-index.ts`).
 *
 * ```
 * long text ──longTextToDerived──▶ derived text ──derivedToBody──▶ body ──bodyToInput──▶ input ──LineIndex.point──▶ line, column
 *                                  derived text ──────────derivedToInput──────────────▶ input
 * ```
 *
 * Plain functions: the types are erased, so a mapping costs what the
 * arithmetic or the map's own lookup costs.
 */
import type { BodyOffset } from "./body-offset.js";
import type { DerivedOffset } from "./derived-offset.js";
import type { DerivedText, OffsetMap } from "./derived-text.js";
import { inputOffset, type InputOffset } from "./input-offset.js";
import type { LongTextOffset } from "./long-text-offset.js";

/** A body offset as an offset of the input, the body starting at input offset `bodyStart`. */
export function bodyToInput(offset: BodyOffset, bodyStart: InputOffset): InputOffset {
  return inputOffset(offset + bodyStart);
}

/** A derived-text offset as the offset of the body it was rendered from (the renderer's map). */
export function derivedToBody(derived: DerivedText, offset: DerivedOffset): BodyOffset {
  return derived.toSource(offset);
}

/** A derived-text offset as an offset of the input: through its body, which starts at `bodyStart`. */
export function derivedToInput(derived: DerivedText, offset: DerivedOffset, bodyStart: InputOffset): InputOffset {
  return bodyToInput(derivedToBody(derived, offset), bodyStart);
}

/** A long-text offset as the offset of the derived text its words were taken from. */
export function longTextToDerived(long: OffsetMap<LongTextOffset, DerivedOffset>, offset: LongTextOffset): DerivedOffset {
  return long.toSource(offset);
}
