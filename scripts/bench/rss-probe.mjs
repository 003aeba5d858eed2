// Preloaded into a benchmarked process (node --import): at exit, writes the
// whole process's peak resident memory (bytes) and CPU time (seconds), worker
// threads included (getrusage counts every thread), as JSON to the file named
// by BENCH_RSS_FILE.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(file, JSON.stringify({ rss: usage.maxRSS * 1024, cpu }));
  });
}

/** What the probe wrote to `file`: peak RSS (bytes) and CPU (seconds), NaN when the process wrote nothing. */
export function readProbe(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return { rss: NaN, cpu: NaN };
  }
}
