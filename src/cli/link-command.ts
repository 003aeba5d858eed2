import { Command, Option } from "commander";
import { resolve } from "node:path";
import { readLinkIndex } from "../link/read-link-index.js";
import { linkNotice, type NoticeKey } from "../link/link-notice.js";
import { asWarning, linkedNotice } from "../link/linked-notice.js";
import { dayNumber } from "../link/calendar-days.js";
import type { LinkIndex } from "../link/link-index.js";
import { RecordsInput } from "../link/records-input.js";
import { indexFiles } from "../link/index-files.js";
import { createLinkedNoticeWriter } from "../output/linked-notice-writer.js";
import { createRecordWriter, type CsvOptions, type TextFormat } from "../output/record-writer.js";
import type { NtRecord } from "../record/types.js";
import { EXIT_FAILURES, EXIT_OK, type CliIo, type CliOutput } from "./cli-io.js";
import { RECORDS_NAME } from "./cli-patterns.js";

interface LinkOptions {
  index: string[];
  format: TextFormat;
  csvBom?: boolean;
  formulaGuard: "on" | "off";
}

/** Unreadable lines (of index files, of RECORDS) named on standard error before they are only counted. */
const BAD_LINES_SHOWN = 20;

/** Writes a chunk, waiting when the stream asks to. */
async function put(out: CliOutput, chunk: string): Promise<void> {
  if (chunk === "") return;
  if (out.write(chunk) === false) await out.drained?.();
}

/** A JSON value's object property, or undefined. */
function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A string property or null. */
function text(value: unknown, key: string): string | null {
  const found = field(value, key);
  return typeof found === "string" && found !== "" ? found : null;
}

/** What linking needs of an `extract` record (or any object of its shape). */
function recordKey(record: unknown): NoticeKey {
  const filing = field(record, "filing");
  const form = field(record, "form");
  const reportTypes = field(form, "reportTypes");
  return {
    cik: text(filing, "cik"),
    accessionNumber: text(filing, "accessionNumber"),
    submissionType: text(filing, "submissionType"),
    filedDate: text(filing, "filedDate") ?? text(field(record, "signature"), "date"),
    periodEnded: text(form, "periodEnded"),
    reportTypes: Array.isArray(reportTypes) ? reportTypes.filter((t): t is string => typeof t === "string") : [],
    fiscalYearEnd: text(filing, "fiscalYearEnd"),
  };
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
    const csv: CsvOptions = { bom: opts.csvBom === true, formulaGuard: opts.formulaGuard === "on" };
    const paths = await indexFiles(indexPaths.map((p) => resolve(io.cwd, p)));
    let badLines = 0;
    const onBadLine = (file: string, line: number, text: string): void => {
      badLines++;
      if (badLines <= BAD_LINES_SHOWN) io.stderr.write(`edgar-nt link: ${file}:${line}: index-line-unreadable: ${JSON.stringify(text.slice(0, 120))}\n`);
    };
    const done = (): void => {
      if (badLines > BAD_LINES_SHOWN) io.stderr.write(`edgar-nt link: ${badLines} unreadable index lines in all (index-line-unreadable)\n`);
    };
    if (records === null) {
      const index = await readLinkIndex(paths, { onBadLine });
      done();
      await writeIndexNotices(index, opts.format, csv, io);
      setCode(EXIT_OK);
      return;
    }
    const input = await RecordsInput.open(records === "-" ? "-" : resolve(io.cwd, records), io.stdin);
    try {
      const wanted = new Map<number, number>();
      for await (const { text } of input.lines()) {
        const key = recordKey(parseObject(text));
        if (key.cik === null || key.filedDate === null) continue;
        const cik = Number(key.cik);
        const day = dayNumber(key.filedDate);
        const known = wanted.get(cik);
        if (!Number.isNaN(day) && (known === undefined || day < known)) wanted.set(cik, day);
      }
      const index = await readLinkIndex(paths, { wanted, onBadLine });
      done();
      const failed = await writeLinkedRecords(input, index, opts.format, csv, io);
      setCode(failed > 0 ? EXIT_FAILURES : EXIT_OK);
    } finally {
      await input.close();
    }
  });
}

/** A line of JSON as an object, or null when it is not one. */
function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Every NT filing of the index data, linked, in filing-date order. */
async function writeIndexNotices(index: LinkIndex, format: TextFormat, csv: CsvOptions, io: CliIo): Promise<void> {
  const writer = createLinkedNoticeWriter(format, csv);
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
}

/** Each record of RECORDS, linked, in its order; the number of lines that were not records. */
async function writeLinkedRecords(input: RecordsInput, index: LinkIndex, format: TextFormat, csv: CsvOptions, io: CliIo): Promise<number> {
  const writer = createRecordWriter(format, csv);
  await put(io.stdout, writer.header());
  let count = 0;
  let failed = 0;
  for await (const { line, text } of input.lines()) {
    const record = parseObject(text);
    if (record === null) {
      failed++;
      if (failed <= BAD_LINES_SHOWN) io.stderr.write(`edgar-nt link: RECORDS line ${line}: link-record-unreadable: not a JSON object\n`);
      continue;
    }
    const result = linkNotice(index, recordKey(record));
    const linked = record as unknown as NtRecord;
    linked.outcome = result.outcome;
    linked.history = result.history;
    linked.warnings = [...(Array.isArray(linked.warnings) ? linked.warnings : []), ...result.messages.map(asWarning)];
    await put(io.stdout, writer.record(linked, count));
    count++;
  }
  await put(io.stdout, writer.footer(count));
  return failed;
}
