import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling, parseFilingWith } from "../src/parse-filing.js";
import { noticeProcessor } from "../src/fields/read-notice.js";
import { FIELD_READERS, type ReaderPlugin } from "../src/fields/reader-plugins.js";
import { seededRandom } from "../scripts/lib/seeded-random.mjs";
import { FIXTURES, fixtureInputs } from "./helpers/fixture-inputs.js";

/**
 * The field readers depend on their own part of the form tree only and the
 * assembler alone writes the record, so the order the readers run in does
 * not matter: every fixture gives the same result (record, evidence and
 * warnings, byte for byte as JSON) with the readers shuffled.
 */

/** The readers in an order of the seed's (Fisher-Yates), never the given one. */
function shuffled(readers: readonly ReaderPlugin[], seed: number): ReaderPlugin[] {
  const next = seededRandom(seed);
  for (;;) {
    const out = [...readers];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as ReaderPlugin, out[i] as ReaderPlugin];
    }
    if (out.some((r, i) => r !== readers[i])) return out;
  }
}

describe("the field readers run in any order", () => {
  const inputs = fixtureInputs().map((file) => ({ file, bytes: readFileSync(join(FIXTURES, file)) }));
  const expected = inputs.map(({ file, bytes }) => JSON.stringify(parseFiling(bytes, { path: file })));
  const orders: [string, ReaderPlugin[]][] = [
    ["reversed", [...FIELD_READERS].reverse()],
    ...[1, 2, 3, 4, 5].map((seed): [string, ReaderPlugin[]] => [`shuffled, seed ${seed}`, shuffled(FIELD_READERS, seed)]),
  ];

  it("the fixtures give records", () => {
    expect(expected.filter((r) => r.startsWith('{"kind":"record"')).length).toBeGreaterThan(80);
  });

  for (const [name, readers] of orders) {
    it(`${name}: the same result on all ${inputs.length} fixtures`, () => {
      const processor = noticeProcessor(readers);
      const differ = inputs.filter(({ file, bytes }, i) => JSON.stringify(parseFilingWith(processor, bytes, { path: file })) !== expected[i]);
      expect(differ.map((d) => d.file)).toEqual([]);
    });
  }
});
