import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";
import { CATEGORY_ORDER } from "../../src/reasons/reason-table.js";

/*
 * Regression guard on held-out narratives (fixtures/reasons/heldout*.jsonl):
 * Part III narratives, some with Part IV (3) text or the accountant's letter
 * run on, in the styles of 1994–2026 notices, each labelled by
 * the labelling guide of the narratives with the same `reasons` / `unsure` split as the dev
 * gold. heldout.jsonl (150) was labelled before the rule table was read,
 * heldout2.jsonl (60) and heldout3.jsonl (40) before the coder was run on
 * them; none is tuned sentence by sentence, so a phrasing family dropped
 * from the table shows here first. heldout4.jsonl (83, 1995–2026) was
 * written and labelled before the table was read, with background facts,
 * "as previously disclosed" history, disclaimers and causes stated late;
 * untouched it scored 0.930, and the families it exposed were then added
 * as general rows.
 */

interface Gold {
  id: string;
  reasons: string[];
  unsure?: string[];
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

/** Micro-averaged F1 over the categories, a category in `unsure` not scored (as score-reasons.mjs does). */
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

const SETS: Array<[string, number]> = [
  ["heldout", 150],
  ["heldout2", 60],
  ["heldout3", 40],
  ["heldout4", 83],
];

describe("reason coder on held-out narratives", () => {
  for (const [name, size] of SETS) {
    it(`reaches micro F1 >= 0.85 on ${name}.jsonl`, () => {
      const gold = new Map(jsonl<Gold>(`fixtures/reasons/${name}-gold.jsonl`).map((g) => [g.id, g]));
      const items = jsonl<{ id: string; narrative: string }>(`fixtures/reasons/${name}.jsonl`).map((n) => {
        const g = gold.get(n.id);
        if (!g) throw new Error(`no gold for ${n.id}`);
        return {
          want: new Set(g.reasons),
          unsure: new Set(g.unsure ?? []),
          got: new Set<string>(classifyReasons({ narrative: n.narrative }).reasons),
        };
      });
      expect(items).toHaveLength(size);
      expect(microF1(items)).toBeGreaterThanOrEqual(0.85);
    });
  }
});
