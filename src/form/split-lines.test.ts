import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "./split-lines.js";

describe("splitLines", () => {
  it("gives the lines a split at CR, LF and CRLF gives, each with its offsets and position", () => {
    const chars = fc.constantFrom("a", "b", " ", "\t", "\r", "\n", "\r\n", "\u2612");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
        const t = parts.join("");
        const lines = splitLines(t);
        expect(lines.map((l) => l.value)).toEqual(t.split(/\r\n|\r|\n/));
        for (const [n, l] of lines.entries()) {
          expect(t.slice(l.start, l.end)).toBe(l.value);
          expect(l.index).toBe(n);
          expect(l.position).toEqual({ start: { line: n + 1, column: 1, offset: l.start }, end: { line: n + 1, column: l.value.length + 1, offset: l.end } });
        }
      }),
      { numRuns: 500 },
    );
  });
});
