import { Command } from "commander";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { EXIT_FAILURES, EXIT_OK, type CliIo } from "./cli-io.js";

/**
 * `edgar-nt classify FILE`: reason codes for narratives a researcher already
 * holds. FILE (or `-` for standard input) is JSON Lines: one `{id,
 * narrative, changeExplanation?, auditorLetter?}` object a line, or
 * `extract`'s own records; each gives one `{id, reasons, evidence}` line on
 * standard output, in input order (a record's id is its `source.path`). Bad
 * lines are reported on standard error by line number and make the exit
 * code 1; the run goes on. `--jsonl` is accepted and changes nothing (JSON
 * Lines is the only input).
 */
export function createClassifyCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("classify")
    .description("code the reasons for lateness of narratives given as JSON Lines")
    .option("--jsonl", "input is JSON Lines (the default and only input; kept for older scripts)")
    .argument("<file>", "JSON Lines of {id, narrative} or of extract's records, or - for standard input")
    .action(async (file: string) => {
      let input: Readable;
      let close = async (): Promise<void> => {};
      if (file === "-") input = io.stdin;
      else {
        try {
          const handle = await open(resolve(io.cwd, file), "r");
          input = handle.createReadStream({ encoding: "utf8" });
          close = () => handle.close().catch(() => undefined);
        } catch (error) {
          io.stderr.write(`classify: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
          setCode(EXIT_FAILURES);
          return;
        }
      }
      try {
        const { classifyJsonl } = await import("../reasons/classify-jsonl.js");
        const summary = await classifyJsonl(input, io.stdout, io.stderr);
        setCode(summary.failed > 0 ? EXIT_FAILURES : EXIT_OK);
      } finally {
        await close();
      }
    });
}
