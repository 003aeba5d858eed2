import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";
import { CATEGORY_ORDER } from "../../src/reasons/reason-table.js";

/*
 * Regression guard on labelled narratives (copied into fixtures/reasons/):
 * dev.jsonl / dev-gold.jsonl are 80 real Part III narratives of 2025–2026
 * coded by two readers (a category only one reader chose is not scored);
 * constructed*.jsonl are written narratives, one per way of stating a
 * category, each with the categories it states.
 */

interface Gold {
  reasons: string[];
  unsure?: string[];
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

function microF1(items: Array<{ want: Set<string>; unsure: Set<string>; got: Set<string> }>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { want, unsure, got } of items) {
    for (const c of CATEGORY_ORDER) {
      if (unsure.has(c)) continue;
      if (want.has(c) && got.has(c)) tp++;
      else if (got.has(c)) fp++;
      else if (want.has(c)) fn++;
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return (2 * p * r) / (p + r);
}

describe("reason coder on labelled narratives", () => {
  it("reaches micro F1 >= 0.85 on the dev narratives", () => {
    const gold = new Map(jsonl<Gold & { id: string }>("fixtures/reasons/dev-gold.jsonl").map((g) => [g.id, g]));
    const items = jsonl<{ id: string; narrative: string }>("fixtures/reasons/dev.jsonl").map((n) => {
      const g = gold.get(n.id);
      if (!g) throw new Error(`no gold for ${n.id}`);
      return {
        want: new Set(g.reasons),
        unsure: new Set(g.unsure ?? []),
        got: new Set<string>(classifyReasons({ narrative: n.narrative }).reasons),
      };
    });
    expect(items).toHaveLength(80);
    expect(microF1(items)).toBeGreaterThanOrEqual(0.85);
  });

  for (const file of ["constructed.jsonl", "constructed-2.jsonl", "constructed-3.jsonl"]) {
    it(`codes every narrative of ${file} as labelled`, () => {
      const wrong = jsonl<{ id: string; narrative: string; reasons: string[] }>(`fixtures/reasons/${file}`)
        .map((n) => ({ id: n.id, want: [...n.reasons].sort(), got: [...classifyReasons({ narrative: n.narrative }).reasons].sort() }))
        .filter((r) => r.want.join() !== r.got.join());
      expect(wrong).toEqual([]);
    });
  }
});
