import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../src/parse-filing.js";
import { get, goldFields, same } from "./helpers/gold-score.js";

/**
 * Accuracy on the hand-checked gold values (fixtures/gold, copied from the
 * shared corpus). `file` in a gold record is relative to fixtures/samples.
 */
const root = join(import.meta.dirname, "..", "fixtures");
function loadGold(dir: string, base: string): Record<string, unknown>[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f, base, ...(JSON.parse(readFileSync(join(root, dir, f), "utf8")) as Record<string, unknown>) }) as Record<string, unknown>);
}

/** The shared corpus's gold (files relative to fixtures/samples). */
const golds = loadGold("gold", "samples");

function score(filter: (file: string) => boolean): { right: number; total: number; misses: string[] } {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const gold of golds.filter((g) => filter(String(g.file)))) {
    const path = join(root, String(gold.base), String(gold.file));
    const result = parseFiling(readFileSync(path), { path: String(gold.file) });
    if (gold.expect === "skip") {
      total++;
      if (result.kind === "skip") right++;
      else misses.push(`${String(gold.file)}: expected a skip`);
      continue;
    }
    for (const [field, want] of goldFields(gold)) {
      total++;
      const got = result.kind === "record" ? get(result.record, field) : undefined;
      if (result.kind === "record" && same(field, want, got)) right++;
      else misses.push(`${String(gold.file)} ${field}: want ${JSON.stringify(want)?.slice(0, 80)} got ${JSON.stringify(got)?.slice(0, 80)}`);
    }
  }
  return { right, total, misses };
}

describe("gold accuracy", () => {
  it("gets every field of the 1998 sample right", () => {
    const s = score((f) => f.includes("igene"));
    expect(s.misses).toEqual([]);
  });

  it("scores at least 0.97 on the plain-text filings and excerpts", () => {
    const s = score((f) => /igene|excerpt/.test(f));
    expect(s.right / s.total, s.misses.join("\n")).toBeGreaterThanOrEqual(0.97);
  });

  it("skips every input that is not a Form 12b-25", () => {
    const s = score((f) => f.includes("../other/"));
    expect(s.misses).toEqual([]);
  });

  it("gets every field of the HTML filings right", () => {
    const s = score((f) => f.endsWith(".htm"));
    expect(s.misses).toEqual([]);
  });
});
