import { createReadStream } from "node:fs";
import { basename } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import yauzl from "yauzl";
import { nextEntry } from "../input/read-zip.js";
import type { IndexRow, SubmissionsCompany } from "./index-row.js";
import { readIndexRows, type ChunkSource, type IndexReadOptions } from "./read-index-rows.js";
import { readSubmissions } from "./read-submissions.js";

/** Options of {@link readIndexFile}: those of {@link readIndexRows}, and what submissions JSON says of companies. */
export interface IndexFileOptions extends IndexReadOptions {
  /** Told of each company's submissions JSON (`CIK##########.json`), before its rows. */
  onCompany?: (company: SubmissionsCompany) => void;
  /** Told of each file (or archive entry) read, by its shown name (`submissions.zip!CIK0000749647.json`). */
  onFile?: (name: string) => void;
}

/** Bytes read from disk at a time. */
const READ_CHUNK = 1024 * 1024;

/**
 * The rows of one file of EDGAR index data, streamed, by its name:
 * `.zip` (each entry by its own name: the bulk `submissions.zip`, a zipped
 * `form.idx`), `.gz` (a compressed index), `.json` (a company's submissions
 * JSON or a continuation page), anything else an `.idx` index (form,
 * company or master; full or daily), whose layout its header tells.
 */
export async function* readIndexFile(path: string, options: IndexFileOptions = {}): AsyncGenerator<IndexRow> {
  const lower = path.toLowerCase();
  if (lower.endsWith(".zip")) {
    yield* readZipEntries(path, options);
    return;
  }
  const shown = basename(path);
  if (lower.endsWith(".gz")) {
    const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
    const gunzip = createGunzip({ chunkSize: 256 * 1024 });
    pipeline(raw, gunzip, () => {});
    yield* readNamedSource(shown.slice(0, -3), gunzip, options);
    return;
  }
  yield* readNamedSource(shown, createReadStream(path, { highWaterMark: READ_CHUNK }), options);
}

/**
 * The rows of one named piece of index data (a file or an archive entry,
 * already decompressed): submissions JSON when its name ends in `.json`,
 * else an `.idx` index.
 */
export async function* readNamedSource(name: string, chunks: ChunkSource, options: IndexFileOptions = {}): AsyncGenerator<IndexRow> {
  options.onFile?.(name);
  if (!name.toLowerCase().endsWith(".json")) {
    yield* readIndexRows(chunks, options);
    return;
  }
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  const submissions = readSubmissions(JSON.parse(Buffer.concat(parts).toString("utf8")) as unknown, name);
  if (submissions === null) return;
  if (submissions.company !== null) options.onCompany?.(submissions.company);
  for (const row of submissions.rows) {
    if (options.keepForm !== undefined && !options.keepForm(row.formType)) continue;
    if (options.keep !== undefined && !options.keep(row)) continue;
    yield row;
  }
}

/** The rows of every entry of a zip archive, entry by entry, never holding the archive whole. */
async function* readZipEntries(path: string, options: IndexFileOptions): AsyncGenerator<IndexRow> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (entry === null) return;
      if (entry.fileName.endsWith("/")) continue;
      const stream: Readable = await zip.openReadStreamPromise(entry);
      const inner = entry.fileName.toLowerCase().endsWith(".gz") ? stream.pipe(createGunzip()) : stream;
      const name = entry.fileName.toLowerCase().endsWith(".gz") ? entry.fileName.slice(0, -3) : entry.fileName;
      yield* readNamedSource(`${basename(path)}!${name}`, inner, options);
    }
  } finally {
    zip.close();
  }
}
