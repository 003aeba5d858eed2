#!/usr/bin/env node
/**
 * `npm run bench:adversarial [-- --filter TEXT] [-- --scale N] [-- --no-growth]`
 *
 * Times the constructed worst cases (test/helpers/fuzz-worst-cases.ts) per
 * MB against normal notices per MB and prints the ratios; exits 1 when one
 * is above 5. Runs the TypeScript sources through tsx, so no build is needed
 * and what is measured is the current code. Re-runs itself with
 * `--expose-gc` so each timing starts from a collected heap.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

if (typeof globalThis.gc !== "function" && !process.env.EDGAR_NT_BENCH_CHILD) {
  const child = spawnSync(process.execPath, ["--expose-gc", "--single-threaded-gc", "--max-old-space-size=4096", fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, EDGAR_NT_BENCH_CHILD: "1" },
  });
  process.exit(child.status ?? 1);
}

const args = process.argv.slice(2);
const valueOf = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] ?? null : null;
};
const scale = Number(valueOf("--scale") ?? "1");
if (!(scale > 0)) {
  process.stderr.write("bench-adversarial: --scale must be a positive number\n");
  process.exit(2);
}

const { tsImport } = await import("tsx/esm/api");
const { runAdversarialBench } = await tsImport("./adversarial/run-adversarial-bench.ts", import.meta.url);
process.exitCode = await runAdversarialBench({
  filter: valueOf("--filter"),
  scale,
  noGrowth: args.includes("--no-growth"),
});
