import { Command, Option } from "commander";
import type { TextFormat } from "../output/record-writer.js";
import type { CliIo } from "./cli-io.js";
import { RECORDS_NAME } from "./cli-patterns.js";

interface LinkOptions {
  index: string[];
  format: TextFormat;
  csvBom?: boolean;
  formulaGuard: "on" | "off";
}

/**
 * `edgar-nt link --index PATH… [RECORDS]`: each notice linked to its late
 * report in EDGAR's own index data, with the verdicts of Rules 12b-25 and
 * 0-3 (`outcome`) and the CIK's earlier notices (`history`). RECORDS
 * (`extract`'s JSON Lines, or `-`) come back one for one, in their order,
 * with `outcome` and `history` set and the warnings of linking added.
 * Without RECORDS every NT filing of the index data is a notice, one line
 * each in filing-date order. When RECORDS is named after `--index`, it is
 * told from the index paths by its name: `-`, or ending in `.jsonl` or
 * `.ndjson`.
 */
export function createLinkCommand(io: CliIo, setCode: (code: number) => void): Command {
  const command = new Command("link")
    .description("link each notice to its late report in EDGAR's index data: due date, notice on time, grace period, days late, earlier notices")
    .argument("[records]", "JSON Lines of extract's records (- for standard input); without it, every NT filing of the index data")
    .requiredOption("--index <paths...>", "EDGAR index data: form.idx, company.idx, master.idx (plain, .gz, .zip), submissions JSON, submissions.zip, or folders of them")
    .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "csv", "json"]).default("jsonl"))
    .option("--csv-bom", "begin the CSV with a UTF-8 byte-order mark (for Excel opened by double-click)")
    .addOption(
      new Option("--formula-guard <on|off>", "CSV: prefix ' to cells a spreadsheet would evaluate (=, +, -, @); off for code")
        .choices(["on", "off"])
        .default("on"),
    )
    .addHelpText("after", "\nExit codes: 0 done, 1 some RECORDS lines were not records (left out), 2 usage error, 3 the output could not be written.");
  return command.action(async (given: string | undefined, opts: LinkOptions) => {
    const usage = (message: string): never => command.error(`error: ${message}`, { exitCode: 2 });
    if (opts.format !== "csv" && (opts.csvBom === true || opts.formulaGuard !== "on")) usage("--csv-bom and --formula-guard apply to --format csv only");
    let indexPaths = opts.index;
    let records = given ?? null;
    const last = indexPaths.at(-1);
    if (records === null && last !== undefined && RECORDS_NAME.test(last)) {
      records = last;
      indexPaths = indexPaths.slice(0, -1);
    }
    if (indexPaths.length === 0) usage("--index names no index data");
    // Loaded only when the command runs: the index readers, linking and the writers.
    const { runLink } = await import("./run-link.js");
    const csv = { bom: opts.csvBom === true, formulaGuard: opts.formulaGuard === "on" };
    setCode(await runLink({ indexPaths, records, format: opts.format, csv }, io));
  });
}
