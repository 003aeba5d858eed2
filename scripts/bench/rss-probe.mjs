// Preloaded into a benchmarked process (node --import): at exit, writes the
// peak resident memory of the whole process, worker threads included
// (getrusage counts every thread), to the file named by BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
