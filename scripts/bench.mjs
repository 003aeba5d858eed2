#!/usr/bin/env node
// `npm run bench`: end-to-end throughput of `edgar-nt extract` on synthetic
// archive sets built from the real filings in fixtures/batch/real.
//
//   node scripts/bench.mjs [--sizes 10000,50000,100000] [--quick] [--jobs N] [--keep]
//
// For each size: a `.nc.tar.gz` of feed submissions (90% of the inputs) and a
// folder of plain files (10%), one notice for nine other forms (Form 4,
// Form D, 24F-2NT; the real feed has about one notice per hundred
// submissions, so this mix is harder than the real one). Then two sets of
// notices only, plain text and HTML, for the per-format rates. Each run is a
// child process; peak RSS is the whole process's, worker threads included.
// The floor reads, decompresses and splits the same inputs with the same
// sources and header screen, without parsing or writing. CPU seconds (all
// threads) are printed beside wall time: on a machine shared with other work
// the wall time varies much more than the CPU time.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeMixedCorpus, makeNoticeCorpus } from "./bench/make-corpus.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag("--quick");
const sizes = (value("--sizes") ?? (quick ? "2000,10000" : "10000,50000,100000")).split(",").map(Number);
const formatCounts = quick ? { text: 2_000, html: 1_000 } : { text: 10_000, html: 4_000 };
const jobs = value("--jobs");
const keep = flag("--keep");

const TARGETS = { text: 2_000, html: 500, floorRatio: 1 / 3, rssMb: 300 };

log(`edgar-nt bench: ${availableParallelism()} cores, node ${process.version}, jobs ${jobs ?? "default (cores)"}`);
log("building dist/ …");
const build = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  cwd: ROOT,
  stdio: "inherit",
});
if (build.status !== 0) log("(tsc reported errors; measuring what it emitted)");

const work = mkdtempSync(join(tmpdir(), "edgar-nt-bench-"));
const results = { machine: { cores: availableParallelism(), node: process.version }, mixed: [], formats: [] };
try {
  for (const size of sizes) {
    const dir = join(work, `mixed-${size}`);
    mkdirSync(dir);
    log(`\n[${size.toLocaleString("en-US")} inputs] building the archive set …`);
    const corpus = await makeMixedCorpus(dir, size);
    const floor = await measure([join(ROOT, "scripts/bench/floor.mjs"), ...corpus.paths], dir);
    const run = await extract(corpus, dir);
    const row = {
      size,
      notices: corpus.notices,
      inputMb: corpus.bytes / 1e6,
      seconds: run.seconds,
      cpuSeconds: run.cpu,
      filingsPerSecond: size / run.seconds,
      mbPerSecond: corpus.bytes / 1e6 / run.seconds,
      peakRssMb: run.rss / 1e6,
      records: run.records,
      floorSeconds: floor.seconds,
      floorCpuSeconds: floor.cpu,
      floorPerSecond: size / floor.seconds,
      floorPeakRssMb: floor.rss / 1e6,
      ratioToFloor: floor.seconds / run.seconds,
    };
    results.mixed.push(row);
    log(
      `  extract ${row.seconds.toFixed(2)} s (CPU ${row.cpuSeconds.toFixed(1)} s): ${fmt(row.filingsPerSecond)} filings/s, ${row.mbPerSecond.toFixed(1)} MB/s, ` +
        `peak RSS ${row.peakRssMb.toFixed(0)} MB, ${fmt(row.records)} records of ${fmt(row.notices)} notices`,
    );
    log(`  floor   ${row.floorSeconds.toFixed(2)} s (CPU ${row.floorCpuSeconds.toFixed(1)} s): ${fmt(row.floorPerSecond)} filings/s; extract/floor speed ${row.ratioToFloor.toFixed(2)}`);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  for (const format of ["text", "html"]) {
    const dir = join(work, `nt-${format}`);
    mkdirSync(dir);
    const count = formatCounts[format];
    log(`\n[${fmt(count)} ${format} notices] building …`);
    const corpus = await makeNoticeCorpus(dir, count, format);
    const run = await extract(corpus, dir);
    const row = {
      format,
      notices: count,
      seconds: run.seconds,
      cpuSeconds: run.cpu,
      filingsPerSecond: count / run.seconds,
      mbPerSecond: corpus.bytes / 1e6 / run.seconds,
      peakRssMb: run.rss / 1e6,
      records: run.records,
    };
    results.formats.push(row);
    log(
      `  extract ${row.seconds.toFixed(2)} s (CPU ${row.cpuSeconds.toFixed(1)} s): ${fmt(row.filingsPerSecond)} ${format} notices/s, ${row.mbPerSecond.toFixed(1)} MB/s, ` +
        `peak RSS ${row.peakRssMb.toFixed(0)} MB, ${fmt(row.records)} records`,
    );
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`\ninputs kept in ${work}`);
}

report(results);
mkdirSync(join(ROOT, ".bench"), { recursive: true });
writeFileSync(join(ROOT, ".bench/results.json"), JSON.stringify(results, null, 2) + "\n");

/** Runs extract on a corpus; counts the records it wrote. */
async function extract(corpus, dir) {
  const out = join(dir, "out.jsonl");
  const run = await measure(
    [
      join(ROOT, "bin/edgar-nt.js"),
      "extract",
      ...corpus.paths,
      "--format",
      "jsonl",
      "--out",
      out,
      "--errors",
      join(dir, "errors.jsonl"),
      ...(jobs ? ["--jobs", jobs] : []),
    ],
    dir,
  );
  if (run.code !== 0) log(`  extract exited ${run.code}: ${run.stderr.slice(-500)}`);
  const text = readFileSync(out, "latin1");
  let records = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) records++;
  return { ...run, records };
}

/** Runs a node script as a child process: wall time, peak RSS, output. */
function measure(argv, dir) {
  const rssFile = join(dir, `rss-${Date.now()}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", join(ROOT, "scripts/bench/rss-probe.mjs"), ...argv], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let usage = { rss: NaN, cpu: NaN };
      try {
        usage = JSON.parse(readFileSync(rssFile, "utf8"));
      } catch {}
      resolve({ code, seconds, rss: usage.rss, cpu: usage.cpu, stdout, stderr });
    });
  });
}

function report({ mixed, formats }) {
  log("\n== edgar-nt extract benchmark ==");
  log("mixed sets (1 notice : 9 other forms; 90% in a .nc.tar.gz, 10% plain files):");
  log("  inputs    notices  input MB  seconds  CPU s  filings/s   MB/s  peak RSS MB  floor s  floor/s  speed vs floor");
  for (const r of mixed) {
    log(
      `  ${pad(fmt(r.size), 8)} ${pad(fmt(r.notices), 8)} ${pad(r.inputMb.toFixed(0), 9)} ${pad(r.seconds.toFixed(2), 8)} ${pad(r.cpuSeconds.toFixed(1), 6)} ` +
        `${pad(fmt(r.filingsPerSecond), 10)} ${pad(r.mbPerSecond.toFixed(1), 6)} ${pad(r.peakRssMb.toFixed(0), 12)} ` +
        `${pad(r.floorSeconds.toFixed(2), 8)} ${pad(fmt(r.floorPerSecond), 8)} ${pad(r.ratioToFloor.toFixed(2), 15)}`,
    );
  }
  log("notices only:");
  for (const r of formats) {
    const target = TARGETS[r.format];
    log(
      `  ${pad(r.format, 5)} ${pad(fmt(r.notices), 7)} notices: ${fmt(r.filingsPerSecond)}/s (target ${fmt(target)}/s ` +
        `${r.filingsPerSecond >= target ? "met" : "NOT met"}), peak RSS ${r.peakRssMb.toFixed(0)} MB, ${fmt(r.records)} records`,
    );
  }
  const worstRatio = Math.min(...mixed.map((r) => r.ratioToFloor));
  const peak = Math.max(...mixed.map((r) => r.peakRssMb), ...formats.map((r) => r.peakRssMb));
  const smallest = mixed[0];
  const largest = mixed[mixed.length - 1];
  log(
    `speed vs floor: worst ${worstRatio.toFixed(2)} (target ≥ ${TARGETS.floorRatio.toFixed(2)}: ${worstRatio >= TARGETS.floorRatio ? "met" : "NOT met"})`,
  );
  log(`peak RSS: ${peak.toFixed(0)} MB (target < ${TARGETS.rssMb} MB: ${peak < TARGETS.rssMb ? "met" : "NOT met"})`);
  if (smallest && largest && smallest !== largest) {
    log(
      `growth ${fmt(smallest.size)} → ${fmt(largest.size)} inputs: time ×${(largest.seconds / smallest.seconds).toFixed(1)}, ` +
        `peak RSS ${smallest.peakRssMb.toFixed(0)} → ${largest.peakRssMb.toFixed(0)} MB`,
    );
  }
}

function fmt(n) {
  return Math.round(n).toLocaleString("en-US");
}
function pad(s, n) {
  return String(s).padStart(n);
}
function log(line) {
  process.stdout.write(line + "\n");
}
