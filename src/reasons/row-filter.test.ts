import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.js";
import { matchesAnywhere } from "../core/scan.js";
import { FIELD_PATTERNS, RowFilter, rowFilterImage, SENTENCE_PATTERNS } from "./row-filter.js";
import { decodeImage, encodeImage } from "./typed-image.js";

const narratives = readFileSync(join(import.meta.dirname, "../../fixtures/reasons/dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { narrative: string }).narrative);

describe("the reason prefilter kept in the build", () => {
  it("keeps typed arrays and JSON as bytes", () => {
    const arrays = { a: Uint8Array.from([1, 2, 3]), b: Uint16Array.from([65535, 7]), c: Int32Array.from([-1, 5]), d: Uint32Array.from([2 ** 32 - 1]) };
    const back = decodeImage(encodeImage({ meta: { x: "é’" }, arrays }));
    expect(back.meta).toEqual({ x: "é’" });
    expect(Object.fromEntries(Object.entries(back.arrays).map(([k, v]) => [k, [v.constructor.name, [...v]]]))).toEqual(
      Object.fromEntries(Object.entries(arrays).map(([k, v]) => [k, [v.constructor.name, [...v]]])),
    );
    // read from bytes that do not start on a multiple of 8
    const shifted = new Uint8Array(encodeImage({ meta: null, arrays }).length + 3).subarray(3);
    shifted.set(encodeImage({ meta: null, arrays }));
    expect([...(decodeImage(shifted).arrays["c"] ?? [])]).toEqual([-1, 5]);
  });

  it("read from its image, gives every sentence the rows the one worked out gives", () => {
    const built = RowFilter.build();
    const read = RowFilter.read(built.image());
    expect(read).not.toBeNull();
    for (const text of narratives) {
      const sentences = splitSentences(text);
      const a = read?.sentenceWords(text, sentences);
      const b = built.sentenceWords(text, sentences);
      expect(a?.rows).toEqual(b.rows);
      sentences.forEach((_, i) => expect(SENTENCE_PATTERNS.map((re) => a?.mayMatch(i, re))).toEqual(SENTENCE_PATTERNS.map((re) => b.mayMatch(i, re))));
    }
  });

  it("never rules out a sentence pattern where it matches", () => {
    const filter = RowFilter.build();
    const missed: string[] = [];
    let ruledOut = 0;
    for (const text of narratives) {
      const sentences = splitSentences(text);
      const words = filter.sentenceWords(text, sentences);
      sentences.forEach((span, i) => {
        for (const re of SENTENCE_PATTERNS) {
          if (words.mayMatch(i, re)) continue;
          ruledOut++;
          if (matchesAnywhere(re, text.slice(span.start, span.end))) missed.push(`${re.source.slice(0, 40)}: ${text.slice(span.start, span.end)}`);
        }
      });
    }
    expect(missed).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
  });

  it("relies on sentences being parted by blanks alone (so a word of the field lies inside one sentence)", () => {
    const texts = [...narratives, "A. B.\n\nC", "  Lead.  ", "U.S. Treasury. Next one! And (this.) “Quoted.” Last"];
    for (const text of texts) {
      let at = 0;
      for (const span of [...splitSentences(text), { start: text.length, end: text.length }]) {
        expect(text.slice(at, span.start)).toMatch(/^\s*$/);
        at = span.end;
      }
    }
  });

  it("never rules out a field pattern where it matches", () => {
    const filter = RowFilter.build();
    const missed: string[] = [];
    let ruledOut = 0;
    for (const text of narratives) {
      const words = filter.sentenceWords(text, splitSentences(text));
      for (const re of FIELD_PATTERNS) {
        if (words.mayMatchField(re)) continue;
        ruledOut++;
        if (matchesAnywhere(re, text)) missed.push(`${re.source.slice(0, 40)}: ${text.slice(0, 60)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
  });

  it("is what the build holds", () => {
    const build = process.env["EDGAR_NT_BUILD"];
    expect(build).toBeDefined();
    const kept = readFileSync(join(build ?? "", "dist/reasons/row-filter.bin"));
    expect(Buffer.compare(kept, rowFilterImage())).toBe(0);
  });

  it("is not read when made from other phrases", () => {
    const image = decodeImage(RowFilter.build().image());
    const other = encodeImage({ meta: image.meta, arrays: { ...image.arrays, key: Buffer.from("[]") } });
    expect(RowFilter.read(other)).toBeNull();
  });
});
