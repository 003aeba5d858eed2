import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createDeflateRaw, crc32, type DeflateRaw } from "node:zlib";

/** The most bytes (and the furthest offset) a zip without Zip64 can name. */
const ZIP32_LIMIT = 0xffff_ffff;
/** General-purpose flags: sizes and CRC in a data descriptor after the data (bit 3); names in UTF-8 (bit 11). */
const FLAGS = 0x0808;
/** Compression method: deflate. */
const DEFLATE = 8;
/** Version needed to extract: 2.0 (deflate). */
const VERSION = 20;
/** DOS date of every entry: 1980-01-01 00:00 (fixed, so that two runs give the same file). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** One entry as the central directory lists it. */
interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** An entry being written: text goes through deflate to the file as it comes. */
export interface ZipEntryWriter {
  /** Adds text (UTF-8) to the entry. */
  write(text: string): void;
  /** Waits until deflate and the file have taken what was written, when they lag behind. */
  drain(): Promise<void>;
  /** Ends the entry (its data descriptor written). */
  end(): Promise<void>;
}

/**
 * Writes a zip file front to back, one entry at a time, each deflated as it
 * is written, so that an entry of any length takes little memory: writing
 * waits (through {@link ZipEntryWriter.drain}) whenever deflate or the disk
 * lags behind. Sizes follow each entry's data in a data descriptor. Entry
 * times are fixed, so the same entries give the same bytes. Zip64 is not
 * written: an entry or a file past 4 GiB is an error.
 */
export class ZipWriter {
  private readonly out: WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  private failure: Error | null = null;
  private readonly failed: Promise<never>;

  /** Opens `file` for writing (an existing file is replaced). */
  constructor(file: string) {
    this.out = createWriteStream(file);
    this.failed = new Promise<never>((_, reject) => {
      this.out.once("error", (error: Error) => {
        this.failure = error;
        reject(error);
      });
    });
    // The rejection is seen through `wait`; it must not be reported as unhandled.
    this.failed.catch(() => undefined);
  }

  /** Starts an entry named `name`; the previous one must have ended. */
  open(name: string): ZipEntryWriter {
    this.check();
    const entry: Entry = { name: Buffer.from(name), offset: this.offset, crc: 0, compressed: 0, size: 0 };
    this.push(localHeader(entry.name));
    const deflate: DeflateRaw = createDeflateRaw();
    deflate.on("data", (chunk: Buffer) => {
      entry.compressed += chunk.length;
    });
    deflate.pipe(this.out, { end: false });
    return {
      write: (text) => {
        const bytes = Buffer.from(text);
        entry.crc = crc32(bytes, entry.crc);
        entry.size += bytes.length;
        if (entry.size > ZIP32_LIMIT) throw new Error(`${name} passed 4 GiB, the most a workbook's zip holds`);
        deflate.write(bytes);
      },
      drain: async () => {
        this.check();
        if (deflate.writableNeedDrain) await this.wait(once(deflate, "drain"));
      },
      end: async () => {
        const ended = once(deflate, "end");
        deflate.end();
        await this.wait(ended);
        deflate.unpipe(this.out);
        this.offset += entry.compressed;
        this.push(dataDescriptor(entry));
        this.entries.push(entry);
      },
    };
  }

  /** Adds a whole entry of `text`. */
  async add(name: string, text: string): Promise<void> {
    const entry = this.open(name);
    entry.write(text);
    await entry.end();
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) this.push(centralHeader(entry));
    this.push(endOfDirectory(this.entries.length, this.offset - start, start));
    const closed = once(this.out, "close");
    this.out.end();
    await this.wait(closed);
  }

  /** Closes the file without completing it. */
  async abandon(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, "close");
    this.out.destroy();
    await closed.catch(() => undefined);
  }

  /** Writes bytes of the zip's own records (headers, descriptors, directory). */
  private push(bytes: Buffer): void {
    this.offset += bytes.length;
    if (this.offset > ZIP32_LIMIT) throw new Error("the workbook passed 4 GiB, the most its zip holds");
    this.out.write(bytes);
  }

  /** Throws the file's write error, if there was one. */
  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** `promise`, or the file's write error if that comes first. */
  private async wait<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.failed]);
  }
}

/** A little-endian record of 16- and 32-bit fields (`[value, bytes]`), then `tail`. */
function record(fields: readonly (readonly [number, 2 | 4])[], tail: Buffer = Buffer.alloc(0)): Buffer {
  const size = fields.reduce((sum, [, bytes]) => sum + bytes, 0);
  const head = Buffer.alloc(size);
  let at = 0;
  for (const [value, bytes] of fields) {
    if (bytes === 2) head.writeUInt16LE(value, at);
    else head.writeUInt32LE(value >>> 0, at);
    at += bytes;
  }
  return Buffer.concat([head, tail]);
}

/** A local file header: sizes and CRC zero, given after the data. */
function localHeader(name: Buffer): Buffer {
  return record(
    [[0x04034b50, 4], [VERSION, 2], [FLAGS, 2], [DEFLATE, 2], [0, 2], [DOS_DATE, 2], [0, 4], [0, 4], [0, 4], [name.length, 2], [0, 2]],
    name,
  );
}

/** The data descriptor after an entry's data: CRC, compressed and uncompressed sizes. */
function dataDescriptor(entry: Entry): Buffer {
  return record([[0x08074b50, 4], [entry.crc, 4], [entry.compressed, 4], [entry.size, 4]]);
}

/** An entry's central directory header. */
function centralHeader(entry: Entry): Buffer {
  return record(
    [
      [0x02014b50, 4], [VERSION, 2], [VERSION, 2], [FLAGS, 2], [DEFLATE, 2], [0, 2], [DOS_DATE, 2],
      [entry.crc, 4], [entry.compressed, 4], [entry.size, 4], [entry.name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [entry.offset, 4],
    ],
    entry.name,
  );
}

/** The end of central directory record. */
function endOfDirectory(count: number, size: number, offset: number): Buffer {
  return record([[0x06054b50, 4], [0, 2], [0, 2], [count, 2], [count, 2], [size, 4], [offset, 4], [0, 2]]);
}
