// Preloaded into a benchmarked process (node --import): at exit, writes the
// whole process's peak resident memory (bytes) and CPU time (seconds), worker
// threads included, as JSON to the file named by BENCH_RSS_FILE.
//
// Peak RSS is the address space's high-water mark (VmHWM in
// /proc/self/status on Linux), not getrusage's maxRSS: Linux carries maxRSS
// over fork and exec, so a child spawned by a large parent (the bench itself,
// after it has read a run's output) reports the parent's size as its own.
// Both count worker threads, which share the address space.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(file, JSON.stringify({ rss: peakRss(), cpu }));
  });
}

/**
 * This process's peak resident memory in bytes: VmHWM where /proc has it,
 * else getrusage's maxRSS (which may include a parent's, see above).
 */
export function peakRss() {
  try {
    const kb = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync("/proc/self/status", "latin1"));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // no /proc: fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** What the probe wrote to `file`: peak RSS (bytes) and CPU (seconds), NaN when the process wrote nothing. */
export function readProbe(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return { rss: NaN, cpu: NaN };
  }
}
