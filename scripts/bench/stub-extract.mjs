// `extract --format jsonl` over the given paths through the batch's own
// runBatch, with the stand-in parser of stub-parse.mjs in place of the
// parser: the ceiling of the pipeline (reading, screening, workers, order,
// history, output) without parsing. Not reachable from the CLI.
//
//   node scripts/bench/stub-extract.mjs JOBS OUT ERRORS PATH…
import { fileURLToPath } from "node:url";
import { createInProcessParser } from "../../dist/batch/parse-pool.js";
import { runBatch } from "../../dist/batch/run-batch.js";
import { stubParse } from "./stub-parse.mjs";

const [jobsArg, out, errors, ...paths] = process.argv.slice(2);
const jobs = Number(jobsArg);
// One job parses in this thread; more run the stand-in worker module.
const stub = jobs === 1 ? { parser: await createInProcessParser(stubParse) } : { workerFile: fileURLToPath(new URL("./stub-worker.mjs", import.meta.url)) };
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
const { exitCode } = await runBatch(
  { paths, format: "jsonl", out, errors, jobs, forms: null, resume: false, maxBytes: 8 << 20, ...stub, verbosity: "quiet" },
  io,
);
process.exitCode = exitCode;
