/**
 * The adversarial benchmark (`npm run bench:adversarial`): times every
 * constructed worst case of test/helpers/fuzz-worst-cases.ts per megabyte
 * against normal notices per megabyte, in one process, and prints the
 * ratios. A ratio above {@link MAX_RATIO} fails the run (exit code 1).
 *
 * The yardstick is the five real samples (fixtures/samples, one text and
 * four HTML notices), each parsed many times: time over bytes parsed. Real
 * samples concatenated to about 10 MB are timed too and shown, with the
 * ratio against them, for information only: a concatenation repeats the
 * notice after its own end, where the form parser reads only trailer text,
 * so it measures how fast text past the notice is passed over rather than
 * how fast a notice is parsed (it runs some 20 times faster per MB).
 *
 * Each worst case is also built at half its size: `growth` is the time at
 * full size over the time at half size, about 2 for linear work (4 would be
 * quadratic).
 */
import { parseFiling } from "../../src/parse-filing.js";
import { realSeeds, sampleText, HTML_SAMPLE, TEXT_SAMPLE } from "../../test/helpers/fuzz-seeds.js";
import { fill, WORST_CASES, type WorstCase } from "../../test/helpers/fuzz-worst-cases.js";

/** The largest allowed ratio of a worst case's time per MB to a normal notice's. */
export const MAX_RATIO = 5;

const MB = 1024 * 1024;

/** Options of {@link runAdversarialBench}. */
export interface BenchOptions {
  /** Only cases whose name contains this text. */
  filter: string | null;
  /** Size of the worst cases (1 = nominal: 10 MB, 100,000 repetitions …). */
  scale: number;
  /** Skip the half-size runs (no growth column). */
  noGrowth: boolean;
}

/** One measured row. */
export interface BenchRow {
  name: string;
  megabytes: number;
  ms: number;
  msPerMb: number;
  ratio: number;
  /** Ratio against the fastest concatenated sample (information only). */
  concatRatio: number;
  growth: number | null;
  outcome: string;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU milliseconds (user and system) spent since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time of one parse, in ms, and its outcome. CPU time rather than wall
 * time: the benchmark must give the same ratios on a machine busy with other
 * work (a wall clock counts the time other processes hold the cores).
 */
function timeParse(bytes: Buffer, path: string): { ms: number; outcome: string } {
  gc();
  const t0 = process.cpuUsage();
  const result = parseFiling(bytes, { path });
  const ms = cpuMs(t0);
  const outcome = result.kind === "record" ? `record, ${result.record.warnings.length} warnings` : `skip ${result.skip.ruleId}`;
  return { ms, outcome };
}

/** ms per MB of the real samples, each parsed repeatedly for about `budgetMs`. */
function normalRepeated(budgetMs: number): number {
  const samples = realSeeds().filter((s) => s.notice && s.name.startsWith("samples/"));
  for (const s of samples) parseFiling(s.bytes, { path: s.name }); // warm up
  let bytes = 0;
  let ms = 0;
  for (const s of samples) {
    gc();
    const t0 = process.cpuUsage();
    let n = 0;
    while (cpuMs(t0) < budgetMs / samples.length || n < 5) {
      parseFiling(s.bytes, { path: s.name });
      n++;
    }
    ms += cpuMs(t0);
    bytes += n * s.bytes.length;
  }
  return ms / (bytes / MB);
}

/** ms per MB of a real sample concatenated to about `megabytes`. */
function normalConcatenated(name: string, megabytes: number): number {
  const bytes = Buffer.from(fill(sampleText(name) + "\n", megabytes * MB), "utf8");
  timeParse(bytes, name);
  const { ms } = timeParse(bytes, name);
  return ms / (bytes.length / MB);
}

function measure(c: WorstCase, scale: number, noGrowth: boolean, normal: number, concat: number): BenchRow {
  const full = c.build(scale);
  const first = timeParse(full, c.name);
  // Every input is timed twice and the faster run kept (timer, GC and machine noise).
  const ms = Math.min(first.ms, timeParse(full, c.name).ms);
  let growth: number | null = null;
  if (!noGrowth) {
    const half = c.build(scale / 2);
    const h = Math.min(timeParse(half, c.name).ms, timeParse(half, c.name).ms);
    growth = ms / Math.max(h, 0.01);
  }
  const megabytes = full.length / MB;
  const msPerMb = ms / megabytes;
  return { name: c.name, megabytes, ms, msPerMb, ratio: msPerMb / normal, concatRatio: msPerMb / concat, growth, outcome: first.outcome };
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** Runs the benchmark, prints the table to stdout and resolves to the exit code. */
export async function runAdversarialBench(options: BenchOptions): Promise<number> {
  const out = (s: string): void => void process.stdout.write(s + "\n");
  const repeated = normalRepeated(3000);
  const concatText = normalConcatenated(TEXT_SAMPLE, 10);
  const concatHtml = normalConcatenated(HTML_SAMPLE, 10);
  const normal = repeated;
  const concat = Math.min(concatText, concatHtml);
  out("Normal notices (CPU time per MB):");
  out(`  yardstick: the five real samples, each parsed repeatedly: ${repeated.toFixed(1)} ms/MB (a worst case may take at most ${MAX_RATIO}x that)`);
  out(`  for information: ${TEXT_SAMPLE} concatenated to 10 MB: ${concatText.toFixed(1)} ms/MB`);
  out(`  for information: ${HTML_SAMPLE} concatenated to 10 MB: ${concatHtml.toFixed(1)} ms/MB`);
  out("");
  const cases = WORST_CASES.filter((c) => options.filter === null || c.name.includes(options.filter));
  const rows: BenchRow[] = [];
  const head = `${pad("worst case", 48)} ${pad("MB", 7, true)} ${pad("ms", 8, true)} ${pad("ms/MB", 8, true)} ${pad("ratio", 6, true)} ${pad("growth", 6, true)} ${pad("concat", 7, true)}  outcome`;
  out(head);
  out("-".repeat(head.length + 20));
  for (const c of cases) {
    const row = measure(c, options.scale, options.noGrowth, normal, concat);
    rows.push(row);
    out(
      `${pad(row.name, 48)} ${pad(row.megabytes.toFixed(2), 7, true)} ${pad(row.ms.toFixed(0), 8, true)} ${pad(row.msPerMb.toFixed(1), 8, true)} ${pad(row.ratio.toFixed(2), 6, true)} ${pad(row.growth === null ? "-" : row.growth.toFixed(2), 6, true)} ${pad(row.concatRatio.toFixed(1), 7, true)}  ${row.outcome}${row.ratio > MAX_RATIO ? "  <-- over the limit" : ""}`,
    );
  }
  const worst = rows.reduce((a, r) => (r.ratio > a ? r.ratio : a), 0);
  out("");
  out(`largest ratio: ${worst.toFixed(2)} (limit ${MAX_RATIO})`);
  return rows.some((r) => r.ratio > MAX_RATIO) ? 1 : 0;
}
