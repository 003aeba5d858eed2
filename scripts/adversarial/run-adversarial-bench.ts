/**
 * The adversarial benchmark (`npm run bench:adversarial`): times every
 * constructed worst case of test/helpers/fuzz-worst-cases.ts per megabyte
 * against normal notices per megabyte, in one process, and prints the
 * ratios. A ratio above {@link MAX_RATIO} fails the run (exit code 1).
 *
 * Two normal baselines are measured and the faster one is the yardstick
 * (so the ratios are the strict ones):
 * - the five real samples (fixtures/samples) each parsed many times;
 * - the 1998 text sample and an HTML sample concatenated to about 10 MB.
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
  growth: number | null;
  outcome: string;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Wall time of one parse, in ms, and its outcome. */
function timeParse(bytes: Buffer, path: string): { ms: number; outcome: string } {
  gc();
  const t0 = performance.now();
  const result = parseFiling(bytes, { path });
  const ms = performance.now() - t0;
  const outcome = result.record ? `record, ${result.record.warnings.length} warnings` : `skip ${result.skip?.ruleId ?? "?"}`;
  return { ms, outcome };
}

/** ms per MB of the real samples, each parsed repeatedly for about `budgetMs`. */
function normalRepeated(budgetMs: number): number {
  const samples = realSeeds().filter((s) => s.notice && s.name.startsWith("samples/"));
  for (const s of samples) parseFiling(s.bytes, { path: s.name }); // warm up
  let bytes = 0;
  let ms = 0;
  for (const s of samples) {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < budgetMs / samples.length || n < 5) {
      parseFiling(s.bytes, { path: s.name });
      n++;
    }
    ms += performance.now() - t0;
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

function measure(c: WorstCase, scale: number, noGrowth: boolean, normal: number): BenchRow {
  const full = c.build(scale);
  const first = timeParse(full, c.name);
  // Small inputs are timed twice and the faster run kept (timer and GC noise).
  const ms = full.length < 2 * MB ? Math.min(first.ms, timeParse(full, c.name).ms) : first.ms;
  let growth: number | null = null;
  if (!noGrowth) {
    const half = c.build(scale / 2);
    const h = Math.min(timeParse(half, c.name).ms, half.length < 2 * MB ? timeParse(half, c.name).ms : Infinity);
    growth = ms / Math.max(h, 0.01);
  }
  const megabytes = full.length / MB;
  const msPerMb = ms / megabytes;
  return { name: c.name, megabytes, ms, msPerMb, ratio: msPerMb / normal, growth, outcome: first.outcome };
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
  const normal = Math.min(repeated, concatText, concatHtml);
  out("Normal notices (time per MB):");
  out(`  five real samples, each parsed repeatedly: ${repeated.toFixed(1)} ms/MB`);
  out(`  ${TEXT_SAMPLE} concatenated to 10 MB: ${concatText.toFixed(1)} ms/MB`);
  out(`  ${HTML_SAMPLE} concatenated to 10 MB: ${concatHtml.toFixed(1)} ms/MB`);
  out(`  yardstick (the fastest): ${normal.toFixed(1)} ms/MB; a worst case may take at most ${MAX_RATIO}x that per MB`);
  out("");
  const cases = WORST_CASES.filter((c) => options.filter === null || c.name.includes(options.filter));
  const rows: BenchRow[] = [];
  const head = `${pad("worst case", 48)} ${pad("MB", 7, true)} ${pad("ms", 8, true)} ${pad("ms/MB", 8, true)} ${pad("ratio", 6, true)} ${pad("growth", 6, true)}  outcome`;
  out(head);
  out("-".repeat(head.length + 20));
  for (const c of cases) {
    const row = measure(c, options.scale, options.noGrowth, normal);
    rows.push(row);
    out(
      `${pad(row.name, 48)} ${pad(row.megabytes.toFixed(2), 7, true)} ${pad(row.ms.toFixed(0), 8, true)} ${pad(row.msPerMb.toFixed(1), 8, true)} ${pad(row.ratio.toFixed(2), 6, true)} ${pad(row.growth === null ? "-" : row.growth.toFixed(2), 6, true)}  ${row.outcome}${row.ratio > MAX_RATIO ? "  <-- over the limit" : ""}`,
    );
  }
  const worst = rows.reduce((a, r) => (r.ratio > a ? r.ratio : a), 0);
  out("");
  out(`largest ratio: ${worst.toFixed(2)} (limit ${MAX_RATIO})`);
  return rows.some((r) => r.ratio > MAX_RATIO) ? 1 : 0;
}
