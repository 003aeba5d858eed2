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
  const rate = timing.seconds > 0 ? timing.inputsThisRun / timing.seconds : 0;
  const lines = [
    `edgar-nt extract: ${count(stats.inputs)} inputs seen, ${count(stats.records)} records, ` +
      `${count(total(stats.skips))} skipped, ${count(total(stats.failures))} failed ` +
      `in ${timing.seconds.toFixed(1)} s (${count(Math.round(rate))} filings/s)` +
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
