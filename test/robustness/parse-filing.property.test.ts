/**
 * parseFiling on damaged real inputs and on junk: it never throws (an
 * exception caught inside shows as an `internal-error` skip, which fails
 * here), every outcome is a SPEC-shaped record or a catalogued skip with a
 * reason (test/helpers/fuzz-outcome.ts), and no input takes long.
 *
 * Seeded from every real input of the repository (fixtures/samples,
 * fixtures/excerpts, fixtures/other). Fixed fast-check seeds; FUZZ_RUNS sets
 * the number of cases per property (default 200: the file runs in well under
 * 30 s on two cores), FUZZ_SEED another seed to explore with.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import { outcomeProblems } from "../helpers/fuzz-outcome.js";
import { amplifiedPiece, damagedSeed, fragmentSoup, junkBody, oddInputs, type FuzzInput } from "../helpers/fuzz-mutators.js";
import { realSeeds, type Seed } from "../helpers/fuzz-seeds.js";
import { bestInTurn, cpuMs, normalMsPerMb } from "../helpers/fuzz-timing.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 200);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20_240_111);
/** Amplified inputs are larger and parsed four times: a 25th as many (at least 8). */
const AMPLIFY_RUNS = Math.max(8, Math.round(RUNS / 25));
/** Test time limits that grow with FUZZ_RUNS (`npm run fuzz` runs long). */
const TIMEOUT = Math.max(60_000, RUNS * 30);
const AMPLIFY_TIMEOUT = Math.max(120_000, AMPLIFY_RUNS * 3000);

const seeds: Seed[] = realSeeds();
let normal = 0;

beforeAll(() => {
  normal = normalMsPerMb(seeds, 500);
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
  }, TIMEOUT * 2);

  it("survives random notices made of the form's own captions, marks and tags", () => {
    fc.assert(fc.property(fragmentSoup(), check), options(2));
  }, TIMEOUT);

  it("survives an envelope head followed by random bytes", () => {
    fc.assert(fc.property(junkBody(), check), options(3));
  }, TIMEOUT);

  it("survives empty input, blanks, byte order marks alone, random binary and lone surrogates", () => {
    fc.assert(fc.property(oddInputs(), check), options(4));
  }, TIMEOUT);

  it("gives a catalogued outcome for each real input untouched", () => {
    for (const s of seeds) check({ label: s.name, input: s.bytes });
  });

  it("gives a catalogued outcome for each real input as a decoded string", () => {
    for (const s of seeds) check({ label: `${s.name} as text`, input: s.bytes.toString("utf8") });
  });
});

/** Below this many ms a doubling says nothing. */
const MEANINGFUL_MS = 100;
/** Time may grow this much when the input doubles (linear: 2, quadratic: 4). */
const MAX_GROWTH = 3.2;
/** The largest input a confirming doubling builds (bytes). */
const CONFIRM_MAX_BYTES = 32 * 1024 * 1024;

describe("parseFiling time on a randomly amplified line or part", () => {
  /*
   * A random line or part of a real input is repeated n and 2n times where
   * it stands: linear work takes about twice as long for twice the size,
   * quadratic work four times. Small times are all noise and pass. The two
   * sizes are timed in turn, twice each, the faster run kept; when the growth
   * looks too steep they are timed three more times, and then 2n against 4n:
   * quadratic work is steep at every doubling, a collection or a busy
   * neighbour lands in one spell only. (A CI run once timed 744 copies of
   * excerpt-070's first part at 34 ms and 1,488 at 118 ms; on a quiet
   * machine they take 38 and 82 ms, and 2,976 copies 183 ms.)
   */
  it("grows about linearly when the repeated piece doubles", () => {
    fc.assert(
      fc.property(amplifiedPiece(seeds), fc.integer({ min: 400, max: 3000 }), (piece, times) => {
        const inputs = [piece.build(times), piece.build(times * 2)] as const;
        inputs.forEach((bytes) => expect(outcomeProblems(parseFiling(bytes, { path: "amplified.txt" }), bytes, "amplified.txt"), piece.label).toEqual([]));
        const runs = inputs.map((bytes) => () => parseFiling(bytes, { path: "amplified.txt" }));
        const growth = (best: readonly number[]): number => (best[1] as number) / Math.max(best[0] as number, 1);
        const steep = (best: readonly number[]): boolean => (best[1] as number) > MEANINGFUL_MS && growth(best) > MAX_GROWTH;
        const best = bestInTurn(runs, 2);
        if (steep(best)) bestInTurn(runs, 3, best);
        const label = `${piece.label} x${times}: ${best[0]?.toFixed(0)} ms, x${times * 2}: ${best[1]?.toFixed(0)} ms`;
        expect(best[1], label).toBeLessThanOrEqual(timeLimitMs(inputs[1].length));
        if (!steep(best)) return;
        if (inputs[1].length * 2 > CONFIRM_MAX_BYTES) expect.fail(`${label}: growth ${growth(best).toFixed(2)}`);
        const four = piece.build(times * 4);
        const next = bestInTurn([runs[1] as () => void, () => parseFiling(four, { path: "amplified.txt" })], 3);
        const confirm = `${label}, x${times * 4}: ${next[1]?.toFixed(0)} ms`;
        expect(Math.min(growth(best), growth(next)), confirm).toBeLessThanOrEqual(MAX_GROWTH);
      }),
      { seed: SEED + 5, numRuns: AMPLIFY_RUNS },
    );
  }, AMPLIFY_TIMEOUT);
});
