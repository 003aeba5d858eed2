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

/** What `edgar-nt link` was asked, its options checked (`link-command.ts`). */
export interface LinkRequest {
  /** The index data's paths, as given. */
  indexPaths: string[];
  /** RECORDS (`-` for standard input), or null: every NT filing of the index data. */
  records: string | null;
  /** The output's format. */
  format: TextFormat;
  /** CSV's byte-order mark and formula guard. */
  csv: CsvOptions;
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
 * The work of `edgar-nt link` (loaded when the command runs): the index
 * data read, then each notice of RECORDS, or of the index data, linked and
 * written; resolves to the exit code.
 */
export async function runLink(request: LinkRequest, io: CliIo): Promise<number> {
  const { indexPaths, records, format, csv } = request;
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
    await writeIndexNotices(index, format, csv, io);
    return EXIT_OK;
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
    const failed = await writeLinkedRecords(input, index, format, csv, io);
    return failed > 0 ? EXIT_FAILURES : EXIT_OK;
  } finally {
    await input.close();
  }
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
