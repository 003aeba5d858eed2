import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputOffset } from "./input-offset.js";
import { LineIndex } from "./line-index.js";

/**
 * Line and column of an offset, counted one character at a time (CR, LF and
 * CRLF end lines), then kept within the line's characters.
 */
function naivePoint(text: string, offset: number): { line: number; column: number } {
  const counted = countedPoint(text, offset);
  const length = (text.split(/\r\n|\r|\n/)[counted.line - 1] ?? "").length;
  return { line: counted.line, column: Math.min(counted.column, Math.max(length, 1)) };
}

function countedPoint(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\r" && text[i + 1] === "\n") {
      column++;
      continue;
    }
    if (c === "\n" || c === "\r") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

describe("LineIndex", () => {
  it("starts at line 1, column 1", () => {
    expect(new LineIndex("abc", inputOffset).point(inputOffset(0))).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it("counts LF line ends", () => {
    const idx = new LineIndex("ab\ncd\n\nef", inputOffset);
    expect(idx.starts).toEqual([0, 3, 6, 7]);
    expect(idx.point(inputOffset(3))).toMatchObject({ line: 2, column: 1 });
    expect(idx.point(inputOffset(4))).toMatchObject({ line: 2, column: 2 });
    expect(idx.point(inputOffset(6))).toMatchObject({ line: 3, column: 1 });
    expect(idx.point(inputOffset(8))).toMatchObject({ line: 4, column: 2 });
  });

  it("counts CRLF as one line end and CR alone as another", () => {
    const idx = new LineIndex("ab\r\ncd\ref", inputOffset);
    expect(idx.starts).toEqual([0, 4, 7]);
    expect(idx.point(inputOffset(4))).toMatchObject({ line: 2, column: 1 });
    expect(idx.point(inputOffset(7))).toMatchObject({ line: 3, column: 1 });
  });

  it("puts a line end on the line it ends, at its last character: never past the end of the line", () => {
    for (const end of ["\r\n", "\n", "\r"]) {
      const idx = new LineIndex(`ab${end}cd${end}${end}`, inputOffset);
      expect(idx.point(inputOffset(2)), JSON.stringify(end)).toMatchObject({ line: 1, column: 2 });
      expect(idx.point(inputOffset(2 + end.length - 1)), JSON.stringify(end)).toMatchObject({ line: 1, column: 2 });
      expect(idx.point(inputOffset(4 + 2 * end.length)), JSON.stringify(end)).toMatchObject({ line: 3, column: 1 });
    }
    expect(new LineIndex("ab\r\ncd", inputOffset).point(inputOffset(6))).toMatchObject({ line: 2, column: 2 });
  });

  it("gives an empty last line after a final line end", () => {
    const idx = new LineIndex("ab\n", inputOffset);
    expect(idx.starts).toEqual([0, 3]);
    expect(idx.point(inputOffset(3))).toEqual({ line: 2, column: 1, offset: 3 });
  });

  it("clamps offsets outside the text", () => {
    const idx = new LineIndex("ab\ncd", inputOffset);
    expect(idx.point(inputOffset(-5))).toEqual({ line: 1, column: 1, offset: 0 });
    expect(idx.point(inputOffset(99))).toEqual({ line: 2, column: 2, offset: 5 });
  });

  it("handles the empty text", () => {
    expect(new LineIndex("", inputOffset).point(inputOffset(0))).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it("counts columns in UTF-16 code units, tabs as one", () => {
    const idx = new LineIndex("\u2612 Form\t10-K \u{1F600} x", inputOffset);
    expect(idx.point(inputOffset(2))).toMatchObject({ column: 3 });
    expect(idx.point(inputOffset(7))).toMatchObject({ column: 8 });
    expect(idx.point(inputOffset(15))).toMatchObject({ column: 16 });
  });

  it("agrees with a character-by-character count on any text", () => {
    const chars = fc.constantFrom("a", " ", "\t", "\n", "\r", "\r\n", "\u2612", "\u{1F600}");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(), (parts, n) => {
        const text = parts.join("");
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const got = new LineIndex(text, inputOffset).point(inputOffset(offset));
        expect({ line: got.line, column: got.column }).toEqual(naivePoint(text, offset));
      }),
      { numRuns: 500 },
    );
  });
});
