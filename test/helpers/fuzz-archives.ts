import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip, crc32, deflateRawSync } from "node:zlib";
import { pack } from "tar-stream";

/**
 * Hand-made archives for the batch robustness tests: zips whose directory
 * may lie about sizes, tars with hostile entry names and types. Small
 * inputs are built in memory; nothing large is ever committed.
 */

/** One zip entry; `declaredSize` replaces the true uncompressed size in both headers. */
export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  declaredSize?: number;
  /** A Unix mode (`0o120777` a symbolic link): the entry is then marked as made on Unix. */
  unixMode?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n & 0xffff);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/**
 * A zip file (PKWARE APPNOTE layout: local headers and data, central
 * directory, end record), stored or deflated, sizes as declared.
 */
export function zipArchive(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const body = e.deflate ? deflateRawSync(e.data) : Buffer.from(e.data);
    const method = e.deflate ? 8 : 0;
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const common = [u16(20), u16(0x0800), u16(method), u16(0), u16(0x21), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, body]);
    const madeBy = e.unixMode === undefined ? 20 : (3 << 8) | 20;
    const external = e.unixMode === undefined ? 0 : (e.unixMode << 16) >>> 0;
    centrals.push(Buffer.concat([u32(0x02014b50), u16(madeBy), ...common, u16(0), u16(0), u16(0), u32(external), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

/** A tar entry header as tar-stream takes it (name, type, link target …). */
export type TarHeader = Parameters<ReturnType<typeof pack>["entry"]>[0];

/** One tar entry: a header and, for files, its bytes. */
export interface TarEntrySpec {
  header: TarHeader;
  data?: Uint8Array;
}

/** Writes a tar (gzipped when `gzip`) of the entries to `file`. */
export async function writeTar(file: string, entries: readonly TarEntrySpec[], gzip: boolean): Promise<void> {
  const tar = pack();
  const written = gzip ? pipeline(tar, createGzip({ level: 1 }), createWriteStream(file)) : pipeline(tar, createWriteStream(file));
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null): void => (error ? reject(error) : resolve());
      if (e.data) tar.entry(e.header, Buffer.from(e.data), done);
      else tar.entry(e.header, done);
    });
  }
  tar.finalize();
  await written;
}
