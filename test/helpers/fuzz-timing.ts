import { parseFiling } from "../../src/parse-filing.js";
import type { Seed } from "./fuzz-seeds.js";

/**
 * CPU milliseconds (user and system) spent since `since`. Timing tests read
 * CPU time, not the wall clock: a machine busy with other work must not
 * make them fail.
 */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * CPU ms per MB of normal notices: the real samples (fixtures/samples) each
 * parsed repeatedly for about `budgetMs` in all, time over bytes parsed.
 */
export function normalMsPerMb(seeds: readonly Seed[], budgetMs: number): number {
  const samples = seeds.filter((s) => s.notice && s.name.startsWith("samples/"));
  for (const s of samples) parseFiling(s.bytes, { path: s.name });
  let bytes = 0;
  let ms = 0;
  for (const s of samples) {
    const t0 = process.cpuUsage();
    let n = 0;
    while (cpuMs(t0) < budgetMs / samples.length || n < 3) {
      parseFiling(s.bytes, { path: s.name });
      n++;
    }
    ms += cpuMs(t0);
    bytes += n * s.bytes.length;
  }
  return ms / (bytes / (1024 * 1024));
}

/**
 * The best CPU ms of each of `runs` over `rounds` rounds, timed in turn
 * (a, b, a, b, …) and folded into `best` when given. Timing them in turn
 * lets every run see the same load: on a machine whose two vCPUs share one
 * core, a neighbour's work inflates CPU time by half, and timing all of one
 * run before the other turned such a spell into a false "quadratic".
 */
export function bestInTurn(runs: readonly (() => void)[], rounds: number, best: number[] = runs.map(() => Infinity)): number[] {
  for (let round = 0; round < rounds; round++) {
    runs.forEach((run, k) => {
      const t0 = process.cpuUsage();
      run();
      best[k] = Math.min(best[k] ?? Infinity, cpuMs(t0));
    });
  }
  return best;
}
