#!/usr/bin/env node
// `npm run bench` (or alone: node scripts/bench-link.mjs): `edgar-nt link`
// over 30 years of generated quarterly form.idx files.
//
//   node scripts/bench-link.mjs [--quick] [--rows 25000000] [--notices 150000]
//                               [--data DIR] [--keep] [--no-build]
//
// Generates 120 quarterly `form.idx` files (1995–2024) in EDGAR's layout,
// about 25 million rows in all, 150,000 of them NT filings, each notice
// followed by its report (a 10-Q or 10-K of the same CIK some days later)
// among the other forms of a quarter (Forms 4, 8-K, 10-Q, 10-K, S-1, 13F…),
// then runs `edgar-nt link --index` over them (every NT filing a notice: a
// pass for the notices, a pass for their CIKs' reports) in a child process,
// and prints rows/s, wall and CPU time and peak RSS. `--quick`: 2.5 million
// rows and 15,000 notices. `--data DIR` keeps the generated files in DIR
// and uses them again when they are there (generating 3.6 GB takes minutes).
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptArgs } from "./lib/script-args.mjs";
import { seededRandom } from "./lib/seeded-random.mjs";
import { readProbe } from "./bench/rss-probe.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { flag, value } = scriptArgs();
const quick = flag("--quick");
const totalRows = Number(value("--rows") ?? (quick ? 2_500_000 : 25_000_000));
const totalNotices = Number(value("--notices") ?? (quick ? 15_000 : 150_000));
const keep = flag("--keep");
/** The issue's target: under a minute on 2 cores. */
const TARGET_SECONDS = 60;

/** Forms of the other rows, with weights roughly as in EDGAR's quarterly indexes. */
const OTHER_FORMS = [
  ["4", 40], ["8-K", 12], ["SC 13G/A", 5], ["10-Q", 6], ["424B2", 6], ["6-K", 4], ["D", 4], ["13F-HR", 2],
  ["10-K", 2], ["S-1", 1], ["DEF 14A", 2], ["497", 5], ["N-CSR", 1], ["10-D", 3], ["3", 4], ["EFFECT", 1], ["10-Q/A", 1], ["SC 13D", 1],
];
const FORM_TABLE = OTHER_FORMS.flatMap(([form, weight]) => Array(weight).fill(form));

const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const HEADER = (y, q) =>
  `Description:           Master Index of EDGAR Dissemination Feed by Form Type\nLast Data Received:    ${["March 31", "June 30", "September 30", "December 31"][q - 1]}, ${y}\n` +
  "Comments:              webmaster@sec.gov\nAnonymous FTP:         ftp://ftp.sec.gov/edgar/\n \n \n \n \n" +
  "Form Type   Company Name                                                  CIK         Date Filed  File Name\n" +
  "-".repeat(141) + "\n";

/** One form.idx row, in EDGAR's widths (a long name pushes the columns right). */
function row(form, cik, date, accession) {
  return `${form.padEnd(12)}${`COMPANY ${cik} INC`.padEnd(62)}${String(cik).padEnd(12)}${date}  edgar/data/${cik}/${accession}.txt         \n`;
}

/** Writes the quarterly files; resolves to their paths and byte count. */
async function generate(dir) {
  const rand = seededRandom(12);
  const files = [];
  let bytes = 0;
  let sequence = 0;
  const quarters = 120;
  const rowsPer = Math.floor(totalRows / quarters);
  const noticesPer = Math.floor(totalNotices / quarters);
  for (let k = 0; k < quarters; k++) {
    const year = 1995 + Math.floor(k / 4);
    const q = (k % 4) + 1;
    const file = join(dir, `form.${year}Q${q}.idx`);
    const out = createWriteStream(file, { highWaterMark: 1 << 20 });
    let chunk = HEADER(year, q);
    const yy = String(year % 100).padStart(2, "0");
    const day = () => iso(year, (q - 1) * 3 + 1 + Math.floor(rand() * 3), 1 + Math.floor(rand() * 28));
    const accession = (cik) => `${String(cik).padStart(10, "0")}-${yy}-${String(++sequence % 1_000_000).padStart(6, "0")}`;
    let written = 0;
    const flush = async () => {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      chunk = "";
    };
    for (let n = 0; n < noticesPer; n++) {
      // 50,000 companies file the notices; each notice is answered by its report 0 to 20 days later in the same quarter.
      const cik = 1_000_000 + Math.floor(rand() * 50_000);
      const annual = rand() < 0.3;
      const month = (q - 1) * 3 + 1 + Math.floor(rand() * 3);
      const noticeDay = 1 + Math.floor(rand() * 20);
      chunk += row(annual ? "NT 10-K" : "NT 10-Q", cik, iso(year, month, noticeDay), accession(cik));
      if (rand() < 0.9) chunk += row(annual ? "10-K" : "10-Q", cik, iso(year, month, Math.min(28, noticeDay + Math.floor(rand() * 9))), accession(cik));
      written += 2;
    }
    while (written < rowsPer) {
      const form = FORM_TABLE[Math.floor(rand() * FORM_TABLE.length)];
      // Most filers are of the wide world; one row in ten is of a notice filer (their regular reports, Forms 4, 8-K).
      const cik = rand() < 0.1 ? 1_000_000 + Math.floor(rand() * 50_000) : Math.floor(rand() * 1_500_000) + 1_100_000;
      chunk += row(form, cik, day(), accession(cik));
      written++;
      if (chunk.length > 1 << 20) await flush();
    }
    await flush();
    await new Promise((r) => out.end(r));
    files.push(file);
  }
  return { files, bytes };
}

/** Runs a node script as a child process: wall time, peak RSS and CPU time, output line count. */
function measure(argv, dir) {
  const rssFile = join(dir, "rss.json");
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", join(ROOT, "scripts/bench/rss-probe.mjs"), ...argv], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let lines = 0;
    let stderr = "";
    let last = "";
    child.stdout.on("data", (d) => {
      const text = last + d;
      const parts = text.split("\n");
      last = parts.pop() ?? "";
      lines += parts.length;
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const usage = readProbe(rssFile);
      resolve({ code, seconds, rss: usage.rss, cpu: usage.cpu, lines, stderr });
    });
  });
}

const log = (line) => process.stdout.write(line + "\n");
log(`edgar-nt link bench: ${totalRows.toLocaleString("en-US")} form.idx rows, ${totalNotices.toLocaleString("en-US")} notices`);
if (!flag("--no-build")) {
  log("building dist/ …");
  spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
}
const dataDir = value("--data");
const work = mkdtempSync(join(tmpdir(), "edgar-nt-link-bench-"));
try {
  const data = dataDir ?? work;
  mkdirSync(data, { recursive: true });
  const done = join(data, `generated-${totalRows}-${totalNotices}`);
  let files;
  let bytes;
  if (existsSync(done)) {
    files = JSON.parse(readFileSync(done, "utf8"));
    bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    log(`using the ${files.length} form.idx files in ${data}, ${(bytes / 1e9).toFixed(2)} GB`);
  } else {
    const generatedAt = process.hrtime.bigint();
    ({ files, bytes } = await generate(data));
    writeFileSync(done, JSON.stringify(files));
    log(`generated ${files.length} quarterly form.idx files, ${(bytes / 1e9).toFixed(2)} GB, in ${(Number(process.hrtime.bigint() - generatedAt) / 1e9).toFixed(1)} s`);
  }
  const run = await measure([join(ROOT, "bin/edgar-nt.js"), "link", "--index", ...files], work);
  if (run.code !== 0) log(`link exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  const result = {
    rows: totalRows,
    notices: totalNotices,
    inputGb: bytes / 1e9,
    lines: run.lines,
    wallSeconds: run.seconds,
    cpuSeconds: run.cpu,
    rowsPerSecond: totalRows / run.seconds,
    peakRssMb: run.rss / 1e6,
  };
  log("\n== edgar-nt link ==");
  log(`  ${result.lines.toLocaleString("en-US")} notices linked against ${totalRows.toLocaleString("en-US")} rows (${result.inputGb.toFixed(2)} GB, read twice)`);
  log(`  wall ${result.wallSeconds.toFixed(1)} s (CPU ${result.cpuSeconds.toFixed(1)} s), ${Math.round(result.rowsPerSecond).toLocaleString("en-US")} rows/s, peak RSS ${result.peakRssMb.toFixed(0)} MB`);
  log(`  target: under ${TARGET_SECONDS} s on 2 cores: ${result.wallSeconds < TARGET_SECONDS ? "met" : "NOT met"}`);
  mkdirSync(join(ROOT, ".bench"), { recursive: true });
  writeFileSync(join(ROOT, ".bench/link-results.json"), JSON.stringify(result, null, 2) + "\n");
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`\ninputs kept in ${work}`);
}
