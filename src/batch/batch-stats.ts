/**
 * The running counts of a batch: what the summary prints and what a
 * checkpoint keeps, so that a resumed run reports the whole job.
 */
export interface BatchStats {
  /** Inputs completed (records, skips and failures). */
  inputs: number;
  records: number;
  /** Skips by ruleId. */
  skips: Record<string, number>;
  /** Failures by ruleId. */
  failures: Record<string, number>;
  /** Record warnings by ruleId. */
  warnings: Record<string, number>;
}

/** Counts of nothing yet. */
export function emptyStats(): BatchStats {
  return { inputs: 0, records: 0, skips: {}, failures: {}, warnings: {} };
}

/** Adds one to `counts[key]`. */
export function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The sum of a by-ruleId count. */
export function total(counts: Record<string, number>): number {
  let sum = 0;
  for (const n of Object.values(counts)) sum += n;
  return sum;
}

/** What the run took: wall time and the inputs this run completed itself (not resumed ones). */
export interface RunTiming {
  seconds: number;
  inputsThisRun: number;
  /** The position a resumed run started from, or 0. */
  resumedAt: number;
}

/** The summary printed to standard error at the end of a run. */
export function formatSummary(stats: BatchStats, timing: RunTiming): string {
  const rate = inputRate(timing);
  const lines = [
    `edgar-nt extract: ${counted(stats.inputs, "input")} seen, ${counted(stats.records, "record")}, ` +
      `${count(total(stats.skips))} skipped, ${count(total(stats.failures))} failed ` +
      `in ${timing.seconds.toFixed(1)} s` +
      (rate === null ? "" : ` (${formatRate(rate)} inputs/s)`) +
      (timing.resumedAt > 0 ? `; resumed after input ${count(timing.resumedAt)}` : ""),
  ];
  for (const [label, counts] of [
    ["skips", stats.skips],
    ["failures", stats.failures],
    ["warnings", stats.warnings],
  ] as const) {
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (entries.length > 0) lines.push(`  ${label}: ${entries.map(([id, n]) => `${id} ${count(n)}`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * The summary as `--summary FILE` writes it: the counts by outcome and by
 * ruleId, the wall time, the rate of this run's inputs (null when there is
 * none to tell) and the exit status.
 */
export function summaryJson(stats: BatchStats, timing: RunTiming, exitCode: number): string {
  const rate = inputRate(timing);
  const summary = {
    inputs: stats.inputs,
    records: stats.records,
    skipped: total(stats.skips),
    failed: total(stats.failures),
    skips: sortedCounts(stats.skips),
    failures: sortedCounts(stats.failures),
    warnings: sortedCounts(stats.warnings),
    seconds: Math.round(timing.seconds * 1000) / 1000,
    inputsPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    resumedAt: timing.resumedAt,
    exitCode,
  };
  return JSON.stringify(summary, null, 2) + "\n";
}

/** Inputs a second this run, or null when it read none or took no measurable time. */
function inputRate(timing: RunTiming): number | null {
  return timing.inputsThisRun > 0 && timing.seconds > 0 ? timing.inputsThisRun / timing.seconds : null;
}

/** A rate as people read it: whole above 10 (`2,381`), else with its first digits (`1.0`, `0.4`, `0.02`), never `0`. */
function formatRate(rate: number): string {
  if (rate >= 9.95) return count(Math.round(rate));
  return rate.toPrecision(rate >= 1 ? 2 : 1);
}

/** A count and its noun, singular for one: `1 input`, `2,000 inputs`. */
function counted(n: number, noun: string): string {
  return `${count(n)} ${n === 1 ? noun : noun + "s"}`;
}

/** A by-ruleId count with its keys in name order (the same JSON every run). */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** A count with thousands separators (`12,345`), the same in every locale. */
export function count(n: number): string {
  const digits = String(Math.trunc(n));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits[i - 1] !== "-") out += ",";
    out += digits[i];
  }
  return out;
}
