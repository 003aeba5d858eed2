import { describe, expect, it } from "vitest";
import { loadFixtures, scoreLayout, type LayoutScore } from "./agreement.js";
import { LAYOUTS } from "./relayout.js";

/**
 * Metamorphic suite: every real fixture (and every constructed one) re-laid
 * out as other filers, scrapers and data sets hold notices must give the
 * values of its golden record. Prints the field agreement per layout;
 * `npx tsx test/metamorphic/report.ts LAYOUT` lists the disagreements.
 */

/** Least field agreement per layout on the real fixtures. */
const FLOOR: Record<string, number> = {
  "collapsed-breaks": 0.998,
  crlf: 1,
  "trailing-newline": 1,
  "two-column-cover": 1,
  "cells-pipe": 1,
  "cells-tab": 1,
  "pre-escaped": 1,
};

const fixtures = loadFixtures();
const real = fixtures.filter((f) => f.real);
const constructed = fixtures.filter((f) => !f.real);

function line(s: LayoutScore): string {
  const pct = s.fields === 0 ? "n/a" : ((100 * s.agree) / s.fields).toFixed(2) + "%";
  const ev = s.evidence === 0 ? "n/a" : ((100 * (s.evidence - s.badEvidence.length)) / s.evidence).toFixed(2) + "%";
  return `${s.layout.padEnd(18)} ${String(s.fixtures).padStart(3)} files  ${String(s.agree).padStart(5)}/${String(s.fields).padEnd(5)} ${pct.padStart(8)}  evidence on its line ${ev}`;
}

describe("metamorphic layouts", () => {
  const rows: string[] = [];
  for (const layout of Object.keys(LAYOUTS)) {
    it(`${layout}: the real notices keep their values`, () => {
      const s = scoreLayout(layout, real);
      const c = scoreLayout(layout, constructed);
      rows.push(`real        ${line(s)}`, `constructed ${line(c)}`);
      expect(s.fixtures).toBeGreaterThan(0);
      expect(s.agree / s.fields).toBeGreaterThanOrEqual(FLOOR[layout] ?? 1);
    });
  }
  it("prints the agreement per layout", () => {
    process.stderr.write(`\nfield agreement per layout (fixtures, fields agreeing/compared):\n${rows.join("\n")}\n`);
  });
});
