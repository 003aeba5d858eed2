import { Command, Option } from "commander";
import { availableParallelism } from "node:os";
import type { OutputFormat } from "../output/record-writer.js";
import type { Shard } from "../input/shard-paths.js";
import { BYTE_COUNT, POSITIVE_INTEGER, SHARD } from "./cli-patterns.js";
import { selectedForms } from "./forms-option.js";
import type { CliIo } from "./cli-io.js";

/** `--max-bytes` when not given: larger inputs are skipped unread. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

interface ExtractOptions {
  format: OutputFormat;
  out?: string;
  errors?: string;
  pathsFrom?: string;
  jobs?: string;
  forms?: string;
  resume?: boolean;
  maxBytes?: string;
  checkpointMs?: string;
  csvBom?: boolean;
  formulaGuard: "on" | "off";
  shard?: string;
  verbose?: boolean;
  quiet?: boolean;
  summary?: string;
}

/**
 * `edgar-nt extract PATH…`: one record per filing, in input order, from
 * files, folders, `.tar`, `.tar.gz`/`.tgz`, `.zip` and `.gz` inputs, parsed
 * on a pool of worker threads. See docs/batch.md.
 */
export function createExtractCommand(io: CliIo, setCode: (code: number) => void): Command {
  const command = new Command("extract")
    .description("extract one record per filing from files, folders and archives (tar, tar.gz, zip, gz)")
    .argument("[paths...]", "files, folders (searched recursively), archives, glob patterns, or - for one filing on standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv", "duckdb", "parquet", "xlsx"]).default("jsonl"))
    .option("-o, --out <file>", "write records to this file instead of standard output (- for standard output)")
    .option("--paths-from <file>", "read more paths from this file, one a line (- for standard input)")
    .option("--errors <file>", "list every skipped and failed input in this JSON Lines file")
    .option("--summary <file>", "write the end summary as JSON to this file (counts by outcome and reason, time, rate)")
    .option("-v, --verbose", "name every skipped input on standard error, other forms included")
    .option("-q, --quiet", "print nothing on standard error but failures (no summary, no progress)")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)")
    .option("--forms <list>", "NT types to extract, comma-separated, as EDGAR names them: \"NT 10-K,NT 10-K/A\" (default: all)")
    .option("--shard <K/N>", "read only share K of N of the given paths (whole files, folders, archives, by a stable hash of each path)")
    .option("--resume", "go on where an interrupted run with the same command stopped (needs --out)")
    .option("--max-bytes <n>", "skip inputs larger than this many bytes (k, M, G allowed; default 8M)")
    .option("--csv-bom", "begin the CSV with a UTF-8 byte-order mark (for Excel opened by double-click)")
    .addOption(
      new Option("--formula-guard <on|off>", "CSV: prefix ' to cells a spreadsheet would evaluate (=, +, -, @); off for code")
        .choices(["on", "off"])
        .default("on"),
    )
    .addOption(new Option("--checkpoint-ms <ms>", "time between checkpoints").hideHelp());
  return command.action(async (args: string[], opts: ExtractOptions) => {
    const usage = (message: string): never => command.error(`error: ${message}`, { exitCode: 2 });
    const out = opts.out === undefined || opts.out === "-" ? null : opts.out;
    if (args.length === 0 && opts.pathsFrom === undefined) usage("name the inputs: files, folders, archives, - or --paths-from FILE");
    if (opts.resume && out === null) usage("--resume needs --out: the progress is kept beside the output file");
    if (opts.verbose === true && opts.quiet === true) usage("--verbose and --quiet cannot be used together");
    if (opts.format !== "csv" && (opts.csvBom === true || opts.formulaGuard !== "on")) {
      usage("--csv-bom and --formula-guard apply to --format csv only");
    }
    const jobs =
      opts.jobs === undefined
        ? availableParallelism()
        : POSITIVE_INTEGER.test(opts.jobs)
          ? Number(opts.jobs)
          : usage(`--jobs must be a positive whole number, not ${opts.jobs}`);
    const maxBytes =
      opts.maxBytes === undefined
        ? DEFAULT_MAX_BYTES
        : (parseByteCount(opts.maxBytes) ?? usage(`--max-bytes must be a byte count such as 8388608, 8M or 1.5M, not ${opts.maxBytes}`));
    const checkpointMs =
      opts.checkpointMs === undefined
        ? undefined
        : POSITIVE_INTEGER.test(opts.checkpointMs)
          ? Number(opts.checkpointMs)
          : usage("--checkpoint-ms must be a positive whole number");
    const shard = opts.shard === undefined ? null : (parseShard(opts.shard) ?? usage(`--shard must be K/N with 1 ≤ K ≤ N, such as 3/8, not ${opts.shard}`));
    const forms = selectedForms(opts.forms, usage);
    // The batch code is loaded only when the command runs (not for --help, nor by the other commands).
    const [{ resolveGivenPaths }, { shardPaths }, { runBatch }] = await Promise.all([
      import("../input/given-paths.js"),
      import("../input/shard-paths.js"),
      import("../batch/run-batch.js"),
    ]);
    const given = await resolveGivenPaths(args, { cwd: io.cwd, stdin: io.stdin, pathsFrom: opts.pathsFrom ?? null });
    const paths = shard === null ? given : shardPaths(given, shard);
    const result = await runBatch(
      {
        paths,
        format: opts.format,
        out,
        errors: opts.errors ?? null,
        jobs,
        forms,
        resume: opts.resume === true,
        maxBytes,
        csv: { bom: opts.csvBom === true, formulaGuard: opts.formulaGuard === "on" },
        verbosity: opts.quiet === true ? "quiet" : opts.verbose === true ? "verbose" : "normal",
        summary: opts.summary ?? null,
        ...(checkpointMs === undefined ? {} : { checkpointMs }),
      },
      io,
    );
    setCode(result.exitCode);
  });
}

/** `8388608`, `8M`, `512k`, `1.5M` → whole bytes (rounded down); null when not a byte count or not at least 1. */
export function parseByteCount(text: string): number | null {
  const match = BYTE_COUNT.exec(text.trim());
  if (!match?.groups) return null;
  const unit = (match.groups["unit"] ?? "").toLowerCase();
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match.groups["digits"]) * scale);
  return bytes >= 1 ? bytes : null;
}

/** `3/8` → share 3 of 8; null when not K/N with 1 ≤ K ≤ N. */
export function parseShard(text: string): Shard | null {
  const match = SHARD.exec(text.trim());
  if (!match?.groups) return null;
  const index = Number(match.groups["index"]);
  const count = Number(match.groups["count"]);
  return index <= count ? { index, count } : null;
}
