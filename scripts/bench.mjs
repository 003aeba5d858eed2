#!/usr/bin/env node
// `npm run bench`: start-up and end-to-end throughput of `edgar-nt`, every
// figure measured in one run on the same machine.
//
//   node scripts/bench.mjs [--quick] [--jobs N] [--only startup,notices,mixed,stub,link]
//                          [--sizes 10000,100000] [--startup-runs 10] [--keep]
//
// - Start-up: median wall time of `--help`, `--version` and `inspect` of one
//   small plain-text notice (10 runs each).
// - Notices only, at `--jobs 1` and `--jobs N` (default: the cores): three
//   `.nc.tar.gz` sets of 20,000 notices, full-length plain-text notices (the real 1998 one and
//   the constructed whole forms), plain-text excerpts (fixtures/excerpts) and
//   the four real HTML notices, each under a made-up `.nc` header. Notices/s,
//   MB/s, CPU ms per notice, and the floor: reading, decompressing and
//   screening the same bytes without parsing or writing (scripts/bench/floor.mjs).
//   At `--jobs N`, also the steady rate: the set twice over, less the set
//   once, what each further notice costs once the run has started.
// - Mixed sets of 10,000 and 100,000 inputs for peak RSS and growth: a
//   `.nc.tar.gz` of feed submissions (90%) and a folder of plain files (10%),
//   one notice for nine other forms (Form 4, Form D, 24F-2NT).
// - Stub-parser ceiling, at the same sizes: every input a notice (90% in a
//   `.nc.tar.gz`, 10% plain files), parsed by a stand-in that returns a fixed
//   record (scripts/bench/stub-extract.mjs drives the batch's runBatch with
//   the stand-in worker; the CLI cannot select it): what reading, the worker
//   pool, ordering, history and the JSON Lines output sustain without parsing.
//
// - link: `edgar-nt link` over 30 years of generated quarterly form.idx,
//   about 25 million rows and 150,000 notices (scripts/bench-link.mjs).
//
// Each run is a child process; peak RSS is the whole process's, worker
// threads included. CPU seconds (all threads) are printed beside wall time:
// on a machine shared with other work the wall time varies much more than
// the CPU time, so compare figures of one run.
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptArgs } from "./lib/script-args.mjs";
import { readProbe } from "./bench/rss-probe.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { flag, value } = scriptArgs();
const quick = flag("--quick");
const sizes = (value("--sizes") ?? (quick ? "2000,10000" : "10000,100000")).split(",").map(Number);
// 20,000 notices a set, as the speed targets were measured: a run's start
// (the process, each worker's modules and the compiler's warm-up, about 1 to
// 1.8 s of wall time at --jobs 2 on two cores) weighs less on a longer set.
const formatCounts = quick ? { text: 2_000, excerpt: 2_000, html: 1_000 } : { text: 20_000, excerpt: 20_000, html: 20_000 };
const cores = availableParallelism();
const jobsN = Number(value("--jobs") ?? cores);
const only = new Set((value("--only") ?? "startup,notices,mixed,stub,link").split(","));
const startupRuns = Number(value("--startup-runs") ?? 10);
const keep = flag("--keep");

/** The targets on a 2-core machine (benchmark figures, not tests). */
const TARGETS = { text: 2_500, excerpt: 4_000, html: 1_000, stub: 20_000, startupMs: { help: 150, version: 150, inspect: 200 }, rssMb: 300 };

log(`edgar-nt bench: ${cores} cores, node ${process.version}, --jobs 1 and ${jobsN}`);
log("building dist/ …");
const build = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  cwd: ROOT,
  stdio: "inherit",
});
if (build.status !== 0) log("(tsc reported errors; measuring what it emitted)");
spawnSync(process.execPath, [join(ROOT, "scripts/build-patterns.mjs")], { cwd: ROOT, stdio: "inherit" });
spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
// The corpus builder reads the build: loaded once it is there.
const { makeMixedCorpus, makeNoticeCorpus, makeStubCorpus } = await import("./bench/make-corpus.mjs");

const work = mkdtempSync(join(tmpdir(), "edgar-nt-bench-"));
const results = { machine: { cores, node: process.version, jobs: jobsN }, startup: [], notices: [], mixed: [], stub: [] };
try {
  if (only.has("startup")) {
    log(`\n[start-up] median wall time of ${startupRuns} runs …`);
    const one = join(ROOT, "fixtures/samples/igene-nt10k-1998.txt");
    for (const [name, argv] of [
      ["help", ["--help"]],
      ["version", ["--version"]],
      ["inspect", ["inspect", one]],
    ]) {
      const times = [];
      const cpu = [];
      const rss = [];
      for (let i = 0; i < startupRuns; i++) {
        const run = await measure([join(ROOT, "bin/edgar-nt.js"), ...argv], work);
        if (run.code !== 0) log(`  ${name} exited ${run.code}: ${run.stderr.slice(-300)}`);
        times.push(run.seconds * 1000);
        cpu.push(run.cpu * 1000);
        rss.push(run.rss / 1e6);
      }
      const row = { command: name, medianMs: median(times), minMs: Math.min(...times), cpuMs: median(cpu), peakRssMb: median(rss) };
      results.startup.push(row);
      log(`  ${pad(name, 8)} median ${row.medianMs.toFixed(0)} ms (min ${row.minMs.toFixed(0)} ms, CPU ${row.cpuMs.toFixed(0)} ms), RSS ${row.peakRssMb.toFixed(0)} MB`);
    }
  }
  if (only.has("notices")) {
    for (const set of ["text", "excerpt", "html"]) {
      const dir = join(work, `nt-${set}`);
      mkdirSync(dir);
      const count = formatCounts[set];
      log(`\n[${fmt(count)} ${set} notices] building …`);
      const corpus = await makeNoticeCorpus(dir, count, set);
      const floor = await measure([join(ROOT, "scripts/bench/floor.mjs"), ...corpus.paths], dir);
      for (const jobs of [...new Set([1, jobsN])]) {
        const run = await extract(corpus, dir, jobs);
        const row = {
          set,
          jobs,
          notices: count,
          inputMb: corpus.bytes / 1e6,
          seconds: run.seconds,
          cpuSeconds: run.cpu,
          filingsPerSecond: count / run.seconds,
          mbPerSecond: corpus.bytes / 1e6 / run.seconds,
          cpuMsPerNotice: (run.cpu * 1000) / count,
          peakRssMb: run.rss / 1e6,
          records: run.records,
          floorSeconds: floor.seconds,
          floorPerSecond: count / floor.seconds,
          floorMbPerSecond: corpus.bytes / 1e6 / floor.seconds,
          ratioToFloor: run.seconds / floor.seconds,
        };
        results.notices.push(row);
        log(
          `  --jobs ${jobs}: ${row.seconds.toFixed(2)} s (CPU ${row.cpuSeconds.toFixed(1)} s): ${fmt(row.filingsPerSecond)} notices/s, ` +
            `${row.mbPerSecond.toFixed(1)} MB/s, peak RSS ${row.peakRssMb.toFixed(0)} MB, ${fmt(row.records)} records; ` +
            `floor ${row.floorSeconds.toFixed(2)} s (×${row.ratioToFloor.toFixed(1)})`,
        );
        if (jobs === jobsN) {
          // The steady rate: the same set twice over, less the set once. A
          // run's start (the process, each worker's modules, tables and
          // compiled code) weighs on a set of a few seconds; the difference
          // is what each further notice costs, as in a long run.
          const doubleDir = join(dir, "double");
          mkdirSync(doubleDir);
          const double = await makeNoticeCorpus(doubleDir, 2 * count, set);
          const twice = await extract(double, doubleDir, jobs);
          row.doubleSeconds = twice.seconds;
          row.steadyPerSecond = count / (twice.seconds - run.seconds);
          log(`  --jobs ${jobs}, ${fmt(2 * count)} notices: ${twice.seconds.toFixed(2)} s; steady rate ${fmt(row.steadyPerSecond)} notices/s`);
        }
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only.has("mixed")) {
    for (const size of sizes) {
      const dir = join(work, `mixed-${size}`);
      mkdirSync(dir);
      log(`\n[${fmt(size)} mixed inputs] building the archive set …`);
      const corpus = await makeMixedCorpus(dir, size);
      const floor = await measure([join(ROOT, "scripts/bench/floor.mjs"), ...corpus.paths], dir);
      const run = await extract(corpus, dir, jobsN);
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
        ratioToFloor: run.seconds / floor.seconds,
      };
      results.mixed.push(row);
      log(
        `  extract ${row.seconds.toFixed(2)} s (CPU ${row.cpuSeconds.toFixed(1)} s): ${fmt(row.filingsPerSecond)} filings/s, ${row.mbPerSecond.toFixed(1)} MB/s, ` +
          `peak RSS ${row.peakRssMb.toFixed(0)} MB, ${fmt(row.records)} records of ${fmt(row.notices)} notices`,
      );
      log(`  floor   ${row.floorSeconds.toFixed(2)} s (CPU ${row.floorCpuSeconds.toFixed(1)} s): ${fmt(row.floorPerSecond)} filings/s`);
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only.has("stub")) {
    // The stand-in's fixed record: the real 1998 notice's, parsed once here.
    const { parseFiling } = await import("../dist/parse-filing.js");
    const one = join(ROOT, "fixtures/samples/igene-nt10k-1998.txt");
    const stubRecord = join(work, "stub-record.json");
    writeFileSync(stubRecord, JSON.stringify(parseFiling(readFileSync(one), { path: one }).record));
    for (const size of sizes) {
      const dir = join(work, `stub-${size}`);
      mkdirSync(dir);
      log(`\n[${fmt(size)} notices, stub parser] building …`);
      const corpus = await makeStubCorpus(dir, size);
      const floor = await measure([join(ROOT, "scripts/bench/floor.mjs"), ...corpus.paths], dir);
      for (const jobs of [...new Set([1, jobsN])]) {
        const run = await extract(corpus, dir, jobs, { script: "scripts/bench/stub-extract.mjs", env: { BENCH_STUB_RECORD: stubRecord } });
        const row = {
          size,
          jobs,
          inputMb: corpus.bytes / 1e6,
          seconds: run.seconds,
          cpuSeconds: run.cpu,
          filingsPerSecond: size / run.seconds,
          cpuUsPerFiling: (run.cpu * 1e6) / size,
          peakRssMb: run.rss / 1e6,
          records: run.records,
          floorSeconds: floor.seconds,
          floorCpuSeconds: floor.cpu,
          floorPerSecond: size / floor.seconds,
        };
        results.stub.push(row);
        log(
          `  --jobs ${jobs}: ${row.seconds.toFixed(2)} s (CPU ${row.cpuSeconds.toFixed(1)} s): ${fmt(row.filingsPerSecond)} filings/s, ` +
            `CPU ${row.cpuUsPerFiling.toFixed(0)} µs/filing, peak RSS ${row.peakRssMb.toFixed(0)} MB, ${fmt(row.records)} records; ` +
            `floor ${row.floorSeconds.toFixed(2)} s (CPU ${row.floorCpuSeconds.toFixed(1)} s)`,
        );
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`\ninputs kept in ${work}`);
}

report(results);
// `edgar-nt link` over 30 years of generated quarterly form.idx (scripts/bench-link.mjs).
if (only.has("link")) {
  spawnSync(process.execPath, [join(ROOT, "scripts/bench-link.mjs"), "--no-build", ...(quick ? ["--quick"] : [])], { cwd: ROOT, stdio: "inherit" });
}
mkdirSync(join(ROOT, ".bench"), { recursive: true });
writeFileSync(join(ROOT, ".bench/results.json"), JSON.stringify(results, null, 2) + "\n");

/**
 * Runs extract on a corpus (or, with `stub`, the stub-parser driver and its
 * environment); counts the records it wrote.
 */
async function extract(corpus, dir, jobs, stub) {
  const out = join(dir, "out.jsonl");
  const errors = join(dir, "errors.jsonl");
  const argv = stub
    ? [join(ROOT, stub.script), String(jobs), out, errors, ...corpus.paths]
    : [join(ROOT, "bin/edgar-nt.js"), "extract", ...corpus.paths, "--format", "jsonl", "--out", out, "--errors", errors, "--jobs", String(jobs)];
  const run = await measure(argv, dir, stub?.env);
  if (run.code !== 0) log(`  extract exited ${run.code}: ${run.stderr.slice(-500)}`);
  return { ...run, records: await countLines(out) };
}

/**
 * Counts the lines of a file in chunks: reading a 400 MB output whole would
 * make this process large, and the next child it spawns starts as a copy.
 */
async function countLines(file) {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

/** Runs a node script as a child process: wall time, peak RSS, output. */
function measure(argv, dir, env = {}) {
  const rssFile = join(dir, `rss-${Date.now()}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", join(ROOT, "scripts/bench/rss-probe.mjs"), ...argv], {
      cwd: ROOT,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const usage = readProbe(rssFile);
      resolve({ code, seconds, rss: usage.rss, cpu: usage.cpu, stdout, stderr });
    });
  });
}

function report({ startup, notices, mixed, stub }) {
  log("\n== edgar-nt benchmark ==");
  if (startup.length > 0) {
    log(`start-up (median of ${startupRuns}, wall):`);
    log("  command   median ms  min ms  CPU ms  RSS MB  target ms");
    for (const r of startup) {
      const target = TARGETS.startupMs[r.command];
      log(`  ${r.command.padEnd(8)} ${pad(r.medianMs.toFixed(0), 10)} ${pad(r.minMs.toFixed(0), 7)} ${pad(r.cpuMs.toFixed(0), 7)} ${pad(r.peakRssMb.toFixed(0), 7)} ${pad(target, 10)} ${r.medianMs <= target ? "met" : "NOT met"}`);
    }
  }
  if (notices.length > 0) {
    log("notices only (one .nc.tar.gz each; floor = reading, decompressing and screening the same bytes):");
    log("  set      jobs  notices  input MB  wall s  CPU s  notices/s   MB/s  CPU ms/notice  peak RSS MB  floor/s  floor MB/s  × floor  target/s");
    for (const r of notices) {
      const target = TARGETS[r.set];
      log(
        `  ${r.set.padEnd(8)} ${pad(r.jobs, 4)} ${pad(fmt(r.notices), 8)} ${pad(r.inputMb.toFixed(1), 9)} ${pad(r.seconds.toFixed(2), 7)} ${pad(r.cpuSeconds.toFixed(1), 6)} ` +
          `${pad(fmt(r.filingsPerSecond), 10)} ${pad(r.mbPerSecond.toFixed(1), 6)} ${pad(r.cpuMsPerNotice.toFixed(2), 14)} ${pad(r.peakRssMb.toFixed(0), 12)} ` +
          `${pad(fmt(r.floorPerSecond), 8)} ${pad(r.floorMbPerSecond.toFixed(1), 11)} ${pad(r.ratioToFloor.toFixed(1), 8)} ${pad(fmt(target), 9)}` +
          (r.jobs === jobsN ? ` ${r.filingsPerSecond >= target ? "met" : "NOT met"}` : ""),
      );
    }
    const steady = notices.filter((r) => r.steadyPerSecond !== undefined);
    if (steady.length > 0) {
      log(`  steady rate at --jobs ${jobsN} (twice the set, less the set once: each further notice, as in a long run):`);
      for (const r of steady) {
        const target = TARGETS[r.set];
        log(`  ${r.set.padEnd(8)} ${pad(fmt(r.steadyPerSecond), 10)} notices/s  target ${fmt(target)}/s ${r.steadyPerSecond >= target ? "met" : "NOT met"}`);
      }
    }
  }
  if (mixed.length > 0) {
    log(`mixed sets (1 notice : 9 other forms; 90% in a .nc.tar.gz, 10% plain files; --jobs ${jobsN}):`);
    log("  inputs    notices  input MB  seconds  CPU s  filings/s   MB/s  peak RSS MB  floor s  floor/s  × floor");
    for (const r of mixed) {
      log(
        `  ${pad(fmt(r.size), 8)} ${pad(fmt(r.notices), 8)} ${pad(r.inputMb.toFixed(0), 9)} ${pad(r.seconds.toFixed(2), 8)} ${pad(r.cpuSeconds.toFixed(1), 6)} ` +
          `${pad(fmt(r.filingsPerSecond), 10)} ${pad(r.mbPerSecond.toFixed(1), 6)} ${pad(r.peakRssMb.toFixed(0), 12)} ` +
          `${pad(r.floorSeconds.toFixed(2), 8)} ${pad(fmt(r.floorPerSecond), 8)} ${pad(r.ratioToFloor.toFixed(1), 8)}`,
      );
    }
  }
  if (stub.length > 0) {
    log("stub-parser ceiling (every input a notice, parsed by a stand-in returning a fixed record; 90% in a .nc.tar.gz, 10% plain files):");
    log("  inputs    jobs  input MB  wall s  CPU s  filings/s  CPU µs/filing  peak RSS MB  floor s  floor CPU s  floor/s  target/s");
    for (const r of stub) {
      log(
        `  ${pad(fmt(r.size), 8)} ${pad(r.jobs, 4)} ${pad(r.inputMb.toFixed(0), 9)} ${pad(r.seconds.toFixed(2), 7)} ${pad(r.cpuSeconds.toFixed(1), 6)} ` +
          `${pad(fmt(r.filingsPerSecond), 10)} ${pad(r.cpuUsPerFiling.toFixed(0), 14)} ${pad(r.peakRssMb.toFixed(0), 12)} ` +
          `${pad(r.floorSeconds.toFixed(2), 8)} ${pad(r.floorCpuSeconds.toFixed(1), 12)} ${pad(fmt(r.floorPerSecond), 8)} ${pad(fmt(TARGETS.stub), 9)}` +
          (r.jobs === jobsN ? ` ${r.filingsPerSecond >= TARGETS.stub ? "met" : "NOT met"}` : ""),
      );
    }
    const first = stub.filter((r) => r.jobs === jobsN);
    if (first.length > 1) {
      log(`  peak RSS ${fmt(first[0].size)} → ${fmt(first[first.length - 1].size)} filings: ${first[0].peakRssMb.toFixed(0)} → ${first[first.length - 1].peakRssMb.toFixed(0)} MB`);
    }
  }
  const peaks = [...mixed, ...notices, ...stub].map((r) => r.peakRssMb);
  if (peaks.length > 0) {
    const peak = Math.max(...peaks);
    log(`peak RSS: ${peak.toFixed(0)} MB (target < ${TARGETS.rssMb} MB: ${peak < TARGETS.rssMb ? "met" : "NOT met"})`);
  }
  const smallest = mixed[0];
  const largest = mixed[mixed.length - 1];
  if (smallest && largest && smallest !== largest) {
    log(
      `growth ${fmt(smallest.size)} → ${fmt(largest.size)} inputs: time ×${(largest.seconds / smallest.seconds).toFixed(1)}, ` +
        `peak RSS ${smallest.peakRssMb.toFixed(0)} → ${largest.peakRssMb.toFixed(0)} MB`,
    );
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
