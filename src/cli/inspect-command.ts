import { Command } from "commander";
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, type CliIo } from "./cli-io.js";
import { DEFAULT_MAX_BYTES } from "./extract-command.js";

/** Width of `inspect`'s text when standard output is not a terminal. */
const PLAIN_WIDTH = 100;

/**
 * `edgar-nt inspect FILE`: one filing's record grouped by part, with
 * evidence and warnings. FILE is anything `extract` reads as one input: a
 * plain file, a `.gz`, a full submission or `.nc`, `archive!entry` as records
 * name it, or `-` for standard input.
 */
export function createInspectCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("inspect")
    .description("show what was extracted from one filing, from where, and what was doubtful")
    .argument("<file>", "one filing (.txt, .htm, .nc, .gz, full submission, ARCHIVE!ENTRY, or - for standard input)")
    .option("--json", "print the record as JSON instead")
    .addHelpText(
      "after",
      "\nExit codes: 0 the filing was read (or skipped as not a Form 12b-25), 1 it could not be read, 2 usage error, 3 the output could not be written.",
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      // Loaded only when the command runs: the parser and the page, never the batch code.
      const [{ readOneInput }, { parseFiling }, { formatInspect }, { COLOR_STYLE, PLAIN_STYLE, wantsColor }] = await Promise.all([
        import("../input/read-one-input.js"),
        import("../parse-filing.js"),
        import("../output/format-inspect.js"),
        import("../output/terminal-style.js"),
      ]);
      const input = await readOneInput(file, io, DEFAULT_MAX_BYTES);
      if (input.kind === "several") {
        io.stderr.write(`edgar-nt inspect: ${file} holds several filings; name one, such as ${input.first}\n`);
        setCode(EXIT_USAGE);
        return;
      }
      if (input.kind !== "filing") {
        io.stderr.write(`edgar-nt inspect: ${input.path}: ${input.kind === "skip" ? "skipped" : "cannot read"} (${input.ruleId}): ${input.reason}\n`);
        setCode(input.kind === "skip" && input.ruleId !== "source-too-large" ? EXIT_OK : EXIT_FAILURES);
        return;
      }
      const result = parseFiling(input.bytes, { path: input.path });
      if (result.kind === "skip") {
        const skip = result.skip;
        if (opts.json) io.stdout.write(JSON.stringify({ path: input.path, skip }, null, 2) + "\n");
        else io.stdout.write(`${input.path}: skipped (${skip.ruleId}): ${skip.reason}\n`);
        setCode(skip.ruleId === "internal-error" ? EXIT_FAILURES : EXIT_OK);
        return;
      }
      const terminal = io.stdout.isTTY === true;
      const layout = {
        width: terminal && io.stdout.columns ? io.stdout.columns : PLAIN_WIDTH,
        style: wantsColor(terminal, io.env ?? {}) ? COLOR_STYLE : PLAIN_STYLE,
      };
      io.stdout.write(opts.json ? JSON.stringify(result.record, null, 2) + "\n" : formatInspect(result.record, layout));
      setCode(EXIT_OK);
    });
}
