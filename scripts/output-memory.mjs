#!/usr/bin/env node
// `npm run bench:outputs`: peak memory of the output side of `extract` for
// each format at two sizes (by default 10,000 and 100,000 records), to show
// that every writer streams: the peak should not grow with the count.
//
//   node scripts/output-memory.mjs [--sizes 10000,100000] [--formats jsonl,csv,…]
//
// Each measurement is a child process that parses the real notices of
// fixtures/batch/real once, then writes N records through the same batch
// output `extract` uses (history, errors file, checkpoints for the text
// formats), each record a copy with its own CIK, accession number and path
// and a narrative of its own length. Parsing is left out, so that the peak is
// the writer's. Peak RSS is the child's high-water mark (`peakRss` of
// scripts/bench/rss-probe.mjs). The child's JavaScript heap
// is capped (--max-old-space-size=96): V8 otherwise lets garbage pile up to
// far more than it needs, which hides whether anything is kept; a writer that
// kept its records would run out of heap.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { peakRss } from "./bench/rss-probe.mjs";
import { scriptArgs } from "./lib/script-args.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FORMATS = ["jsonl", "json", "csv", "duckdb", "parquet", "xlsx"];
const NOTICES = ["0001213900-26-083374.htm", "0001213900-26-090471.htm", "Luke-Bradford_domo_nt10q.htm", "Luke-Bradford_quantum_nt10k.htm", "igene-nt10k-1998.txt"];

const args = process.argv.slice(2);
const { value } = scriptArgs(args);

if (args[0] === "--child") {
  await child(args[1], Number(args[2]), args[3]);
} else {
  const sizes = (value("--sizes") ?? "10000,100000").split(",").map(Number);
  const formats = (value("--formats") ?? FORMATS.join(",")).split(",");
  const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
  const dir = mkdtempSync(join(tmpdir(), "edgar-nt-memory-"));
  console.log(`format    ${sizes.map((n) => `${n.toLocaleString("en-US").padStart(9)} records`).join("   ")}   growth`);
  try {
    for (const format of formats) {
      const peaks = sizes.map((n) => {
        const file = join(dir, `out-${n}.${format}`);
        const run = spawnSync(process.execPath, ["--max-old-space-size=96", fileURLToPath(import.meta.url), "--child", format, String(n), file], { cwd: ROOT, encoding: "utf8" });
        if (run.status !== 0) throw new Error(`${format} ${n}: ${run.stderr}`);
        const result = JSON.parse(run.stdout);
        const size = statSync(file).size;
        rmSync(file, { force: true });
        return { ...result, size };
      });
      const cells = peaks.map((p) => `${String(p.peakMb).padStart(5)} MB ${`(${(p.size / 1e6).toFixed(0)} MB file, ${p.seconds}s)`.padEnd(22)}`);
      const growth = peaks.length > 1 ? `${peaks[peaks.length - 1].peakMb - peaks[0].peakMb >= 0 ? "+" : ""}${peaks[peaks.length - 1].peakMb - peaks[0].peakMb} MB` : "";
      console.log(`${format.padEnd(9)} ${cells.join(" ")} ${growth}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `count` records as `format` to `file` and prints the peak RSS. */
async function child(format, count, file) {
  const { parseFiling } = await import(join(ROOT, "dist/parse-filing.js"));
  const { openBatchOutput } = await import(join(ROOT, "dist/batch/batch-output.js"));
  const { openTableOutput } = await import(join(ROOT, "dist/batch/table-output.js"));
  const { finishOutcome } = await import(join(ROOT, "dist/batch/finish-outcome.js"));
  const records = NOTICES.map((name) => {
    const result = parseFiling(readFileSync(join(ROOT, "fixtures/batch/real", name)), { path: name });
    if (result.kind !== "record") throw new Error(`${name}: ${result.skip.reason}`);
    return result.record;
  });
  const progress = { update() {}, log() {}, finish() {} };
  const labels = { out: file, errors: `${file}.errors` };
  const typed = format === "duckdb" || format === "parquet" || format === "xlsx";
  const shape = typed ? { kind: "record" } : { kind: "text", format, csv: { bom: false, formulaGuard: true } };
  const output = typed
      ? await openTableOutput({ format, outFile: file, errorsFile: null, labels, progress, verbosity: "normal" })
      : await openBatchOutput({
          format,
          csv: { bom: false, formulaGuard: true },
          outFile: file,
          errorsFile: null,
          labels,
          stdout: process.stdout,
          key: "memory",
          resumeFrom: null,
          checkpointMs: 1000,
          progress,
          verbosity: "normal",
        });
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const record = structuredClone(records[i % records.length]);
    const cik = String(1_000_000 + (i % 20_000)).padStart(10, "0");
    record.filing.cik = cik;
    record.filing.accessionNumber = `${cik}-26-${String(i).padStart(6, "0")}`;
    record.source.path = `bench/${i}.txt`;
    if (record.part3.narrative) record.part3.narrative += ` Notice ${i}.`.repeat(1 + (i % 50));
    // A worker makes the record's output text (or JSON) in a real run; here
    // it is made in the same process, as the worker would.
    const finished = finishOutcome({ kind: "record", record }, shape);
    if (finished.kind !== "notice") throw new Error("not a notice");
    output.record(finished.notice);
    await output.tick();
  }
  await output.finish();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const mb = (bytes) => Math.round(bytes / 2 ** 20);
  const { heapUsed, external, rss } = process.memoryUsage();
  process.stdout.write(JSON.stringify({ peakMb: mb(peakRss()), seconds, endMb: { rss: mb(rss), heapUsed: mb(heapUsed), external: mb(external) } }) + "\n");
}
