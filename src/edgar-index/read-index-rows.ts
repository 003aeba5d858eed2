import { matchAt } from "../core/scan.js";
import type { IndexLayout, IndexRow } from "./index-row.js";
import { DASHED_SEPARATOR, LAST_DATA_RECEIVED } from "./index-patterns.js";
import { accessionFromFileName, isoIndexDate, padCik } from "./index-values.js";
import { layoutFromTitles, parseIndexLine, type ColumnStarts, type RawIndexRow } from "./parse-index-line.js";

/** What the header of an `.idx` index says. */
export interface IndexHeader {
  /** The layout its column titles name. */
  layout: IndexLayout;
  /** `Last Data Received` as `YYYY-MM-DD`, when the header gives it. */
  lastDataReceived: string | null;
}

/** Options of {@link readIndexRows} and {@link IndexLineReader}. */
export interface IndexReadOptions {
  /**
   * Keeps a row only when this accepts its form type as written (`NT 10-K`,
   * `10-Q/A`). Tested before anything else of the row is read, so that a
   * reader of millions of rows spends time only on the ones it keeps.
   */
  keepForm?: (formType: string) => boolean;
  /** Keeps a row only when this accepts the whole row (after `keepForm`). */
  keep?: (row: IndexRow) => boolean;
  /** Told of each row that is not blank, not in the header and cannot be read (1-based line number and its text). */
  onBadLine?: (line: number, text: string) => void;
  /** Told of the header once its dashed separator is reached. */
  onHeader?: (header: IndexHeader) => void;
  /**
   * The layout when the text has no header (an excerpt of rows). Without
   * it, rows before a dashed separator are taken as the header.
   */
  layout?: IndexLayout;
}

/** The gap after a form.idx row's form type. */
const TWO_SPACES = Buffer.from("  ");

/** Month names (and their three-letter forms) of `Last Data Received`. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A push parser of one `.idx` index (form, company or master; full or
 * daily): give it text with {@link IndexLineReader.write} in pieces of any
 * size, then {@link IndexLineReader.end}; each row kept goes to `emit` in
 * file order. The header is everything up to the dashed separator, however
 * long; blank lines (some hold a space) are skipped; rows repeat as in the
 * file (no deduplication here).
 */
export class IndexLineReader {
  private rest = "";
  private restBytes: Buffer | null = null;
  private lineNumber = 0;
  private layout: IndexLayout | null;
  private columns: ColumnStarts | null = null;
  private titles: string[] = [];
  private lastDataReceived: string | null = null;

  /** A reader that hands each kept row to `emit`. */
  constructor(
    private readonly options: IndexReadOptions,
    private readonly emit: (row: IndexRow) => void,
  ) {
    this.layout = options.layout ?? null;
  }

  /** Reads a piece of the text (it may end in the middle of a line). */
  write(text: string): void {
    const data = this.rest === "" ? text : this.rest + text;
    let start = 0;
    for (;;) {
      const nl = data.indexOf("\n", start);
      if (nl < 0) break;
      const end = nl > start && data.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.line(data.slice(start, end));
      start = nl + 1;
    }
    this.rest = start === 0 ? data : data.slice(start);
  }

  /**
   * Reads a piece of the file as bytes (UTF-8; it may end in the middle of
   * a line). Lines are split on their bytes, so a character is never cut;
   * in a `form.idx` with `keepForm`, a row whose form type is not kept is
   * never decoded, which is most of the work of reading a quarter's index
   * for a few forms.
   */
  writeBytes(chunk: Uint8Array): void {
    const piece = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let data = piece;
    if (this.restBytes !== null) {
      // Only the line cut by the previous piece is joined, not the whole piece.
      const first = piece.indexOf(10);
      if (first < 0) {
        this.restBytes = Buffer.concat([this.restBytes, piece]);
        return;
      }
      const joined = Buffer.concat([this.restBytes, piece.subarray(0, first + 1)]);
      this.restBytes = null;
      this.writeBytes(joined);
      data = piece.subarray(first + 1);
    }
    const keepForm = this.options.keepForm;
    let start = 0;
    for (;;) {
      const nl = data.indexOf(10, start);
      if (nl < 0) break;
      const end = nl > start && data[nl - 1] === 13 ? nl - 1 : nl;
      if (keepForm !== undefined && this.layout === "form") {
        // The form type leads a form.idx row: test it before decoding the row.
        const gap = data.indexOf(TWO_SPACES, start);
        if (gap > start && gap < end && !keepForm(data.toString("latin1", start, gap))) {
          this.lineNumber++;
          start = nl + 1;
          continue;
        }
      }
      this.line(data.toString("utf8", start, end));
      start = nl + 1;
    }
    this.restBytes = start >= data.length ? null : Buffer.from(data.subarray(start));
  }

  /** Reads what is left after the last line break. */
  end(): void {
    if (this.restBytes !== null) {
      const text = this.restBytes.toString("utf8");
      this.restBytes = null;
      this.line(text.endsWith("\r") ? text.slice(0, -1) : text);
    }
    if (this.rest !== "") this.line(this.rest.endsWith("\r") ? this.rest.slice(0, -1) : this.rest);
    this.rest = "";
  }

  private line(text: string): void {
    this.lineNumber++;
    if (this.layout === null) {
      this.headerLine(text);
      return;
    }
    if (text.trim() === "") return;
    const keepForm = this.options.keepForm;
    if (keepForm !== undefined && this.layout === "form") {
      // The form type leads a form.idx row: test it before splitting the row.
      const gap = text.indexOf("  ");
      if (gap > 0 && !keepForm(text.slice(0, gap))) return;
    }
    const raw = parseIndexLine(text, this.layout, this.columns);
    const row = raw === null ? null : normaliseRow(raw);
    if (row === null) {
      // A second dashed line or a repeated title line is header, not data.
      if (matchAt(DASHED_SEPARATOR, text, 0) === null) this.options.onBadLine?.(this.lineNumber, text);
      return;
    }
    if (keepForm !== undefined && !keepForm(row.formType)) return;
    if (this.options.keep !== undefined && !this.options.keep(row)) return;
    this.emit(row);
  }

  private headerLine(text: string): void {
    if (matchAt(DASHED_SEPARATOR, text, 0) !== null) {
      const found = layoutFromTitles(this.titles);
      if (found !== null) {
        this.layout = found.layout;
        this.columns = found.columns;
        this.options.onHeader?.({ layout: found.layout, lastDataReceived: this.lastDataReceived });
      }
      this.titles = [];
      return;
    }
    const received = matchAt(LAST_DATA_RECEIVED, text, 0)?.groups;
    if (received) {
      const month = MONTHS.indexOf((received["month"] ?? "").slice(0, 3).toLowerCase()) + 1;
      const date = month > 0 ? isoIndexDate(`${received["year"]}${String(month).padStart(2, "0")}${(received["day"] ?? "").padStart(2, "0")}`) : null;
      this.lastDataReceived = date;
    }
    // The column titles are the non-blank lines just above the separator.
    if (text.trim() === "") this.titles = [];
    else this.titles.push(text);
  }
}

/** A row as written, normalised (padded CIK, ISO date, accession number); null when its CIK or date is not one. */
function normaliseRow(raw: RawIndexRow): IndexRow | null {
  const cik = padCik(raw.cik);
  const dateFiled = isoIndexDate(raw.dateFiled);
  if (cik === null || dateFiled === null || raw.formType === "") return null;
  return {
    cik,
    companyName: raw.companyName,
    formType: raw.formType,
    dateFiled,
    accessionNumber: accessionFromFileName(raw.fileName),
    fileName: raw.fileName,
    reportDate: null,
    acceptanceDateTime: null,
  };
}

/** Bytes or text in pieces: a Node `Readable`, a web stream, an array of buffers. */
export type ChunkSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/**
 * The rows of one `.idx` index (form, company or master; full or daily;
 * already decompressed), streamed: pieces of the file in, kept rows out, in
 * file order. Memory holds one piece and the rows read from it.
 *
 * ```ts
 * for await (const row of readIndexRows(createReadStream("form.idx"), { keepForm: (f) => f.startsWith("NT ") })) …
 * ```
 */
export async function* readIndexRows(chunks: ChunkSource, options: IndexReadOptions = {}): AsyncGenerator<IndexRow> {
  let batch: IndexRow[] = [];
  const reader = new IndexLineReader(options, (row) => batch.push(row));
  for await (const chunk of chunks) {
    if (typeof chunk === "string") reader.write(chunk);
    else reader.writeBytes(chunk);
    if (batch.length > 0) {
      const out = batch;
      batch = [];
      yield* out;
    }
  }
  reader.end();
  yield* batch;
}

/** The rows of an index held whole in memory (a test fixture, a small daily file). */
export function parseIndexText(text: string, options: IndexReadOptions = {}): IndexRow[] {
  const rows: IndexRow[] = [];
  const reader = new IndexLineReader(options, (row) => rows.push(row));
  reader.write(text);
  reader.end();
  return rows;
}
