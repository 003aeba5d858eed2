import { Command, Option } from "commander";
import { resolve } from "node:path";
import { readLinkIndex } from "../link/read-link-index.js";
import { linkNotice } from "../link/link-notice.js";
import { linkedNotice } from "../link/linked-notice.js";
import { createLinkedNoticeWriter } from "../output/linked-notice-writer.js";
import type { TextFormat } from "../output/record-writer.js";
import { EXIT_OK, type CliIo, type CliOutput } from "./cli-io.js";

interface LinkOptions {
  index: string[];
  format: TextFormat;
  csvBom?: boolean;
  formulaGuard: "on" | "off";
}

/** Unreadable index lines named on standard error before they are only counted. */
const BAD_LINES_SHOWN = 20;

/** Writes a chunk, waiting when the stream asks to. */
async function put(out: CliOutput, chunk: string): Promise<void> {
  if (chunk === "") return;
  if (out.write(chunk) === false) await out.drained?.();
}

/**
 * `edgar-nt link --index PATH… [RECORDS]`: each notice linked to its late
 * report in EDGAR's own index data, with the verdicts of Rules 12b-25 and
 * 0-3 (`outcome`) and the CIK's earlier notices (`history`). Without
 * RECORDS every NT filing of the index data is a notice, one line each in
 * filing-date order.
 */
export function createLinkCommand(io: CliIo, setCode: (code: number) => void): Command {
  const command = new Command("link")
    .description("link each notice to its late report in EDGAR's index data: due date, notice on time, grace period, days late, earlier notices")
    .requiredOption("--index <paths...>", "EDGAR index data: form.idx, company.idx, master.idx (plain, .gz, .zip), submissions JSON, submissions.zip")
    .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "csv", "json"]).default("jsonl"))
    .option("--csv-bom", "begin the CSV with a UTF-8 byte-order mark (for Excel opened by double-click)")
    .addOption(
      new Option("--formula-guard <on|off>", "CSV: prefix ' to cells a spreadsheet would evaluate (=, +, -, @); off for code")
        .choices(["on", "off"])
        .default("on"),
    );
  return command.action(async (opts: LinkOptions) => {
    const usage = (message: string): never => command.error(`error: ${message}`, { exitCode: 2 });
    if (opts.format !== "csv" && (opts.csvBom === true || opts.formulaGuard !== "on")) usage("--csv-bom and --formula-guard apply to --format csv only");
    const paths = opts.index.map((p) => resolve(io.cwd, p));
    let badLines = 0;
    const index = await readLinkIndex(paths, {
      onBadLine: (file, line, text) => {
        badLines++;
        if (badLines <= BAD_LINES_SHOWN) io.stderr.write(`edgar-nt link: ${file}:${line}: index-line-unreadable: ${JSON.stringify(text.slice(0, 120))}\n`);
      },
    });
    if (badLines > BAD_LINES_SHOWN) io.stderr.write(`edgar-nt link: ${badLines} unreadable index lines in all (index-line-unreadable)\n`);
    const writer = createLinkedNoticeWriter(opts.format, { bom: opts.csvBom === true, formulaGuard: opts.formulaGuard === "on" });
    await put(io.stdout, writer.header());
    let count = 0;
    for (const notice of index.allNotices()) {
      const result = linkNotice(index, {
        cik: notice.cik,
        accessionNumber: notice.accessionNumber,
        submissionType: notice.formType,
        filedDate: notice.dateFiled,
        periodEnded: notice.reportDate,
        reportTypes: [],
        fiscalYearEnd: null,
      });
      await put(io.stdout, writer.line(linkedNotice(notice, result), count));
      count++;
    }
    await put(io.stdout, writer.footer(count));
    setCode(EXIT_OK);
  });
}
