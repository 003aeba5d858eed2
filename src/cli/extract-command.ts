import { Command, Option } from "commander";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseFiling } from "../parse-filing.js";
import { createRecordWriter, type OutputFormat } from "../output/record-writer.js";
import { EXIT_FAILURES, EXIT_OK, type CliIo } from "./cli-io.js";

/**
 * `edgar-nt extract PATH…`: one record per filing, in input order.
 * (Sequential first version; batch features grow here.)
 */
export function createExtractCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("extract")
    .description("extract one record per filing from files and folders")
    .argument("<paths...>", "files or folders (searched recursively)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv"]).default("jsonl"))
    .action((paths: string[], opts: { format: OutputFormat }) => {
      const writer = createRecordWriter(opts.format);
      let failed = false;
      let n = 0;
      io.stdout.write(writer.header());
      for (const file of walk(paths.map((p) => resolve(io.cwd, p)), paths)) {
        try {
          const bytes = readFileSync(file.abs);
          const result = parseFiling(bytes, { path: file.shown });
          if (result.record) io.stdout.write(writer.record(result.record, n++));
          else if (result.skip) io.stderr.write(`${file.shown}: skipped (${result.skip.ruleId}): ${result.skip.reason}\n`);
        } catch (error) {
          failed = true;
          io.stderr.write(`${file.shown}: failed: ${error instanceof Error ? error.message : String(error)}\n`);
        }
      }
      io.stdout.write(writer.footer(n));
      setCode(failed ? EXIT_FAILURES : EXIT_OK);
    });
}

function* walk(abs: string[], shown: string[]): Generator<{ abs: string; shown: string }> {
  for (let i = 0; i < abs.length; i++) {
    const a = abs[i] as string;
    const s = shown[i] as string;
    if (statSync(a).isDirectory()) {
      const names = readdirSync(a).sort();
      yield* walk(names.map((n) => join(a, n)), names.map((n) => join(s, n)));
    } else yield { abs: a, shown: s };
  }
}
