/**
 * A text derived from a source (HTML rendered to lines, a plain-text body with
 * tags blanked) together with the way back to the source's offsets.
 */
export interface DerivedText {
  /** Line-oriented text that the sectioner reads. */
  text: string;
  /** Offset in `text` → offset in the source string the text was derived from. */
  toSource(offset: number): number;
  /**
   * The text as evidence shows it, where it differs from `text`: as long as
   * `text`, with a box letter read as a mark shown as the letter the source
   * has (`þ`, not ☒).
   */
  shown?: string;
}

/**
 * A derived text whose offsets equal the source's (plus a fixed shift);
 * `shown`, of the same length, is what evidence quotes when it differs.
 */
export function identityText(text: string, shift = 0, shown?: string): DerivedText {
  const derived: DerivedText = { text, toSource: (offset) => offset + shift };
  if (shown !== undefined && shown !== text && shown.length === text.length) derived.shown = shown;
  return derived;
}

/**
 * Builds a derived text piece by piece, remembering for each piece where it
 * came from. `toSource` is a binary search over the pieces: O(log n).
 */
export class DerivedTextBuilder {
  private parts: string[] = [];
  private outStarts: number[] = [];
  private srcStarts: number[] = [];
  /** Whether offsets inside a piece advance with the source (copied text) or all map to its start. */
  private literal: boolean[] = [];
  private length = 0;

  /**
   * Appends `text` that stands for the source starting at `sourceOffset`.
   * `literal` says the text is a verbatim copy, so inner offsets map one to one.
   */
  push(text: string, sourceOffset: number, literal = false): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.outStarts.push(this.length);
    this.srcStarts.push(sourceOffset);
    this.literal.push(literal);
    this.length += text.length;
  }

  /** Current length of the derived text. */
  get size(): number {
    return this.length;
  }

  /** The last character appended, or "" when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charAt(last.length - 1) : "";
  }

  /** Finishes the text. */
  build(): DerivedText {
    const text = this.parts.join("");
    const outStarts = this.outStarts;
    const srcStarts = this.srcStarts;
    const literal = this.literal;
    return {
      text,
      toSource(offset: number): number {
        if (outStarts.length === 0) return 0;
        let lo = 0;
        let hi = outStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((outStarts[mid] as number) <= offset) lo = mid;
          else hi = mid - 1;
        }
        const delta = literal[lo] ? offset - (outStarts[lo] as number) : 0;
        return (srcStarts[lo] as number) + delta;
      },
    };
  }
}
