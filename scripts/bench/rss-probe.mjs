// Preloaded into a benchmarked process (node --import): at exit, writes the
// whole process's peak resident memory (bytes) and CPU time (seconds), worker
// threads included (getrusage counts every thread), as JSON to the file named
// by BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    writeFileSync(file, JSON.stringify({ rss: usage.maxRSS * 1024, cpu }));
  });
}
