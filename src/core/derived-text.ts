import { bodyOffset, type BodyOffset } from "./body-offset.js";
import { derivedOffset, type DerivedOffset } from "./derived-offset.js";

/**
 * A text made from another, with the way back: an offset of `text` (space
 * `From`) → the offset of the text it was made from (space `To`). Read it
 * through the mappers of `offset-maps.ts`.
 */
export interface OffsetMap<From extends number, To extends number> {
  /** The text made. */
  text: string;
  /** Offset in `text` → offset in the text it was made from. */
  toSource(offset: From): To;
}

/**
 * A text derived from a document body (HTML rendered to lines, a plain-text
 * body with tags blanked) together with the way back to the body's offsets.
 */
export interface DerivedText extends OffsetMap<DerivedOffset, BodyOffset> {
  /**
   * The text as evidence shows it, where it differs from `text`: as long as
   * `text`, with a box letter read as a mark shown as the letter the source
   * has (`þ`, not ☒).
   */
  shown?: string;
}

/**
 * A derived text whose offsets equal the body's (a plain-text body: blanks
 * and line breaks replace characters one for one); `shown`, of the same
 * length, is what evidence quotes when it differs.
 */
export function identityText(text: string, shown?: string): DerivedText {
  const derived: DerivedText = { text, toSource: (offset) => bodyOffset(offset) };
  if (shown !== undefined && shown !== text && shown.length === text.length) derived.shown = shown;
  return derived;
}

/**
 * Builds a text piece by piece, remembering for each piece where it came
 * from in the text it is made of. `toSource` is a binary search over the
 * pieces: O(log n). `from` and `to` are the constructors of the two spaces.
 */
export class PieceMapBuilder<From extends number, To extends number> {
  private parts: string[] = [];
  private outStarts: number[] = [];
  private srcStarts: number[] = [];
  /** Whether offsets inside a piece advance with the source (copied text) or all map to its start. */
  private literal: boolean[] = [];
  private length = 0;

  constructor(
    private readonly from: (n: number) => From,
    private readonly to: (n: number) => To,
  ) {}

  /**
   * Appends `text` that stands for the source starting at `sourceOffset`.
   * `literal` says the text is a verbatim copy, so inner offsets map one to one.
   */
  push(text: string, sourceOffset: To, literal = false): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.outStarts.push(this.length);
    this.srcStarts.push(sourceOffset);
    this.literal.push(literal);
    this.length += text.length;
  }

  /** Current length of the text, which is the offset the next piece starts at. */
  get size(): From {
    return this.from(this.length);
  }

  /** The last character appended, or "" when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charAt(last.length - 1) : "";
  }

  /** Finishes the text. */
  build(): OffsetMap<From, To> {
    const text = this.parts.join("");
    const outStarts = this.outStarts;
    const srcStarts = this.srcStarts;
    const literal = this.literal;
    const to = this.to;
    return {
      text,
      toSource(offset: From): To {
        if (outStarts.length === 0) return to(0);
        let lo = 0;
        let hi = outStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((outStarts[mid] as number) <= offset) lo = mid;
          else hi = mid - 1;
        }
        const delta = literal[lo] ? offset - (outStarts[lo] as number) : 0;
        return to((srcStarts[lo] as number) + delta);
      },
    };
  }
}

/** Builds a derived text of a document body (the renderers' builder). */
export class DerivedTextBuilder extends PieceMapBuilder<DerivedOffset, BodyOffset> {
  constructor() {
    super(derivedOffset, bodyOffset);
  }

  /** Finishes the derived text. */
  override build(): DerivedText {
    return super.build();
  }
}
