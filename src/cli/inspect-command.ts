import { Command } from "commander";
import { parseFiling } from "../parse-filing.js";
import { formatInspect } from "../output/format-inspect.js";
import { inspectPage } from "../output/inspect-page.js";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { COLOR_STYLE, PLAIN_STYLE, wantsColor } from "../output/terminal-style.js";
import { readOneInput } from "../input/read-one-input.js";
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, EXIT_OUTPUT, type CliIo } from "./cli-io.js";
import { DEFAULT_MAX_BYTES } from "./extract-command.js";

/** Width of `inspect`'s text when standard output is not a terminal. */
const PLAIN_WIDTH = 100;

/**
 * `edgar-nt inspect FILE`: one filing's record grouped by part, with
 * evidence and warnings. FILE is anything `extract` reads as one input: a
 * plain file, a `.gz`, a full submission or `.nc`, `archive!entry` as records
 * name it, or `-` for standard input. `--html` writes one self-contained page
 * of the notice's text with every value marked (`-o FILE` writes it, or the
 * text or JSON view, to a file instead of standard output).
 */
export function createInspectCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("inspect")
    .description("show what was extracted from one filing, from where, and what was doubtful")
    .argument("<file>", "one filing (.txt, .htm, .nc, .gz, full submission, ARCHIVE!ENTRY, or - for standard input)")
    .option("--json", "print the record as JSON instead")
    .option("--html", "write one self-contained HTML page: the notice's text with every value marked, and a panel of the values by part")
    .option("-o, --out <file>", "write to this file instead of standard output")
    .addHelpText(
      "after",
      "\nExit codes: 0 the filing was read (or skipped as not a Form 12b-25), 1 it could not be read, 2 usage error, 3 the output could not be written.",
    )
    .action(async (file: string, opts: { json?: boolean; html?: boolean; out?: string }) => {
      if (opts.json && opts.html) {
        io.stderr.write("edgar-nt inspect: choose one of --json and --html\n");
        setCode(EXIT_USAGE);
        return;
      }
      if (opts.out !== undefined && opts.out !== "-" && file !== "-" && resolve(io.cwd, opts.out) === resolve(io.cwd, file)) {
        io.stderr.write(`edgar-nt inspect: ${opts.out} is the input: name another output file\n`);
        setCode(EXIT_USAGE);
        return;
      }
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
      const result = parseFiling(input.bytes, { path: input.path, keepTexts: opts.html === true });
      if (result.kind === "skip") {
        const skip = result.skip;
        if (opts.json) io.stdout.write(JSON.stringify({ path: input.path, skip }, null, 2) + "\n");
        else io.stdout.write(`${input.path}: skipped (${skip.ruleId}): ${skip.reason}\n`);
        setCode(skip.ruleId === "internal-error" ? EXIT_FAILURES : EXIT_OK);
        return;
      }
      const toFile = opts.out !== undefined && opts.out !== "-";
      const terminal = !toFile && io.stdout.isTTY === true;
      const layout = {
        width: terminal && io.stdout.columns ? io.stdout.columns : PLAIN_WIDTH,
        style: wantsColor(terminal, io.env ?? {}) ? COLOR_STYLE : PLAIN_STYLE,
      };
      const text =
        opts.html && result.texts
          ? inspectPage(result.record, result.texts)
          : opts.json
            ? JSON.stringify(result.record, null, 2) + "\n"
            : formatInspect(result.record, layout);
      if (toFile && opts.out !== undefined) {
        try {
          await writeFile(resolve(io.cwd, opts.out), text);
        } catch (error) {
          io.stderr.write(`edgar-nt inspect: cannot write ${opts.out}: ${(error as Error).message}\n`);
          setCode(EXIT_OUTPUT);
          return;
        }
      } else io.stdout.write(text);
      setCode(EXIT_OK);
    });
}
