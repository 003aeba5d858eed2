import { Command } from "commander";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseFiling } from "../parse-filing.js";
import { formatInspect } from "../output/format-inspect.js";
import { EXIT_FAILURES, EXIT_OK, type CliIo } from "./cli-io.js";

/** `edgar-nt inspect FILE`: one filing's record grouped by part, with evidence and warnings. */
export function createInspectCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("inspect")
    .description("show what was extracted from one filing, from where, and what was doubtful")
    .argument("<file>", "one filing (.txt, .htm, .nc, full submission)")
    .option("--json", "print the record as JSON instead")
    .addHelpText(
      "after",
      "\nExit codes: 0 the filing was read (or skipped as not a Form 12b-25), 1 it could not be read, 2 usage error.",
    )
    .action((file: string, opts: { json?: boolean }) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(resolve(io.cwd, file));
      } catch (error) {
        const reason = error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : String(error);
        io.stderr.write(`edgar-nt: ${file}: cannot read (${reason})\n`);
        setCode(EXIT_FAILURES);
        return;
      }
      const result = parseFiling(bytes, { path: file });
      if (result.kind === "skip") {
        const skip = result.skip;
        if (opts.json) io.stdout.write(JSON.stringify({ path: file, skip }, null, 2) + "\n");
        else io.stdout.write(`${file}: skipped (${skip.ruleId}): ${skip.reason}\n`);
        setCode(skip.ruleId === "internal-error" ? EXIT_FAILURES : EXIT_OK);
        return;
      }
      io.stdout.write(opts.json ? JSON.stringify(result.record, null, 2) + "\n" : formatInspect(result.record));
      setCode(EXIT_OK);
    });
}
