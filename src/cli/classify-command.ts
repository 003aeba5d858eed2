import { Command } from "commander";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { classifyJsonl } from "../reasons/classify-jsonl.js";
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, type CliIo } from "./cli-io.js";

/**
 * `edgar-nt classify --jsonl FILE`: reason codes for narratives a researcher
 * already holds. FILE (or `-` for standard input) holds one `{id, narrative,
 * changeExplanation?, auditorLetter?}` object a line; each gives one
 * `{id, reasons, evidence}` line on standard output, in input order. Bad
 * lines are reported on standard error by line number and make the exit
 * code 1; the run goes on.
 */
export function createClassifyCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("classify")
    .description("code the reasons for lateness of narratives given as JSON Lines")
    .option("--jsonl", "input is JSON Lines of {id, narrative}")
    .argument("<file>", "JSON Lines file, or - for standard input")
    .action(async (file: string, opts: { jsonl?: boolean }) => {
      if (!opts.jsonl) {
        io.stderr.write("classify: only JSON Lines input is read; pass --jsonl\n");
        setCode(EXIT_USAGE);
        return;
      }
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
        const summary = await classifyJsonl(input, io.stdout, io.stderr);
        setCode(summary.failed > 0 ? EXIT_FAILURES : EXIT_OK);
      } finally {
        await close();
      }
    });
}
