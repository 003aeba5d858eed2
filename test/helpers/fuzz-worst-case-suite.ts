import { beforeAll, describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import { outcomeProblems } from "./fuzz-outcome.js";
import { realSeeds } from "./fuzz-seeds.js";
import { cpuMs, normalMsPerMb } from "./fuzz-timing.js";
import type { WorstCase } from "./fuzz-worst-cases.js";

/** The largest CPU time per MB a worst-case test allows, as a multiple of a normal notice's. */
export const TEST_RATIO = 15;
/** Below this many ms a time says nothing (timer, JIT, one collection). */
const NOISE_MS = 250;
const MB = 1024 * 1024;

/**
 * One test per worst case (at its full size unless `scaleOf` says
 * otherwise): the outcome is a SPEC-shaped
 * record or a catalogued skip (test/helpers/fuzz-outcome.ts) and the CPU
 * time per MB stays within {@link TEST_RATIO} times a normal notice's,
 * measured in the same process.
 */
export function describeWorstCases(title: string, cases: readonly WorstCase[], scaleOf: (c: WorstCase) => number = () => 1): void {
  let normal = 0;
  beforeAll(() => {
    normal = normalMsPerMb(realSeeds(), 500);
  });
  describe(title, () => {
    for (const c of cases) {
      it(`${c.name}: ${c.about}`, () => {
        const input = c.build(scaleOf(c));
        const path = "worst-case.txt";
        const t0 = process.cpuUsage();
        const result = parseFiling(input, { path });
        const ms = cpuMs(t0);
        expect(outcomeProblems(result, input, path)).toEqual([]);
        const limit = NOISE_MS + TEST_RATIO * normal * (input.length / MB);
        expect(ms, `${(input.length / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms; normal ${normal.toFixed(0)} ms/MB`).toBeLessThanOrEqual(limit);
      }, 120_000);
    }
  });
}

/** Whether a worst case's nominal input is 8 MB or more (those run in a file of their own, in parallel with the rest). */
export function isLarge(c: WorstCase): boolean {
  return c.name.includes("10 MB");
}
