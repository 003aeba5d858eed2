/**
 * parseFiling on damaged real inputs and on junk: it never throws (an
 * exception caught inside shows as an `internal-error` skip, which fails
 * here), every outcome is a SPEC-shaped record or a catalogued skip with a
 * reason (test/helpers/fuzz-outcome.ts), and no input takes long.
 *
 * Seeded from every real input of the repository (fixtures/samples,
 * fixtures/excerpts, fixtures/other). Fixed fast-check seeds; FUZZ_RUNS sets
 * the number of cases per property (default 300: the file runs in well under
 * 30 s on two cores), FUZZ_SEED another seed to explore with.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import { outcomeProblems } from "../helpers/fuzz-outcome.js";
import { amplifiedPiece, damagedSeed, fragmentSoup, junkBody, oddInputs, type FuzzInput } from "../helpers/fuzz-mutators.js";
import { realSeeds, type Seed } from "../helpers/fuzz-seeds.js";
import { cpuMs, normalMsPerMb } from "../helpers/fuzz-timing.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 300);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20_240_111);
/** Amplified inputs are larger and parsed twice: a tenth as many (at least 8). */
const AMPLIFY_RUNS = Math.max(8, Math.round(RUNS / 10));

const seeds: Seed[] = realSeeds();
let normal = 0;

beforeAll(() => {
  normal = normalMsPerMb(seeds, 600);
});

/**
 * The CPU time any one input may take: generous (a hang or a quadratic
 * blow-up, not a slow machine, is what this catches): 2 s plus 40 times a
 * normal notice's time for the input's size.
 */
function timeLimitMs(size: number): number {
  return 2000 + 40 * normal * (size / (1024 * 1024));
}

/** Parses one fuzz input and checks the outcome and the time taken. */
function check({ label, input }: FuzzInput): void {
  const path = "fuzz/input.txt";
  const t0 = process.cpuUsage();
  let result;
  try {
    result = parseFiling(input, { path });
  } catch (error) {
    throw new Error(`parseFiling threw on ${label}: ${String(error)}`);
  }
  const ms = cpuMs(t0);
  expect(outcomeProblems(result, input, path), label).toEqual([]);
  expect(ms, `${label}: ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(timeLimitMs(input.length));
}

const options = (offset: number, numRuns = RUNS): fc.Parameters<[FuzzInput]> => ({ seed: SEED + offset, numRuns, endOnFailure: false });

describe("parseFiling on damaged real inputs", () => {
  it("survives flipped bytes, cuts, lost, doubled and shuffled lines and parts, NULs, bad UTF-8, UTF-16 and odd line ends", () => {
    fc.assert(fc.property(damagedSeed(seeds), check), options(1, RUNS * 2));
  });

  it("survives random notices made of the form's own captions, marks and tags", () => {
    fc.assert(fc.property(fragmentSoup(), check), options(2));
  });

  it("survives an envelope head followed by random bytes", () => {
    fc.assert(fc.property(junkBody(), check), options(3));
  });

  it("survives empty input, blanks, byte order marks alone, random binary and lone surrogates", () => {
    fc.assert(fc.property(oddInputs(), check), options(4));
  });

  it("gives a catalogued outcome for each real input untouched", () => {
    for (const s of seeds) check({ label: s.name, input: s.bytes });
  });

  it("gives a catalogued outcome for each real input as a decoded string", () => {
    for (const s of seeds) check({ label: `${s.name} as text`, input: s.bytes.toString("utf8") });
  });
});

describe("parseFiling time on a randomly amplified line or part", () => {
  /*
   * A random line or part of a real input is repeated n and 2n times where
   * it stands: linear work takes about twice as long for twice the size,
   * quadratic work four times. Small times are all noise and pass; each size
   * is timed twice and the faster run kept.
   */
  it("grows about linearly when the repeated piece doubles", () => {
    fc.assert(
      fc.property(amplifiedPiece(seeds), fc.integer({ min: 400, max: 3000 }), (piece, times) => {
        const time = (n: number): { ms: number; bytes: Uint8Array } => {
          const bytes = piece.build(n);
          let best = Infinity;
          for (let round = 0; round < 2; round++) {
            const t0 = process.cpuUsage();
            const result = parseFiling(bytes, { path: "amplified.txt" });
            best = Math.min(best, cpuMs(t0));
            if (round === 0) expect(outcomeProblems(result, bytes, "amplified.txt"), piece.label).toEqual([]);
          }
          return { ms: best, bytes };
        };
        const one = time(times);
        const two = time(times * 2);
        const label = `${piece.label} x${times}: ${one.ms.toFixed(0)} ms, x${times * 2}: ${two.ms.toFixed(0)} ms`;
        expect(two.ms, label).toBeLessThanOrEqual(timeLimitMs(two.bytes.length));
        if (two.ms > 60) expect(two.ms / Math.max(one.ms, 1), label).toBeLessThanOrEqual(3.2);
      }),
      { seed: SEED + 5, numRuns: AMPLIFY_RUNS },
    );
  });
});
