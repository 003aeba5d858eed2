/**
 * A synchronous tar splitter: fed the (decompressed) archive in chunks of any
 * size, it tells its `TarSink` each entry's header and the slices of its body
 * as views of the chunks, without a stream or a promise per entry. It reads
 * what tar-stream reads, with the same results and error messages: ustar
 * (with its name prefix), GNU (`././@LongLink` names and link names) and pax
 * (`path`, `linkpath`, `size`; a global header applies to later pax headers)
 * headers, octal and base-256 sizes, all-zero blocks passed over; a folder's
 * size, as there, is not passed over as a body.
 */

/** The kinds of entry the splitter names (tar-stream's names); null for a type flag it does not know. */
export type TarEntryType =
  | "file"
  | "link"
  | "symlink"
  | "character-device"
  | "block-device"
  | "directory"
  | "fifo"
  | "contiguous-file"
  | null;

/** One entry's header, long names and pax values applied. */
export interface TarHeader {
  /** The entry's name (UTF-8, odd bytes as U+FFFD). */
  name: string;
  type: TarEntryType;
  /** Bytes of its body. */
  size: number;
}

/** Where the splitter sends what it reads, in archive order. */
export interface TarSink {
  /** An entry begins; its body follows as {@link TarSink.data} calls, then {@link TarSink.end}. */
  entry(header: TarHeader): void;
  /** A slice of the current entry's body: a view of the chunk given, valid during the call only. */
  data(bytes: Uint8Array): void;
  /** The current entry's body is complete. */
  end(): void;
}

/** A damaged or truncated archive (the message is tar-stream's for the same damage). */
class TarError extends Error {}

/** Header block size. */
const BLOCK = 512;
/** Largest GNU long name or pax header read (tar-stream's limit). */
const MAX_LONG_HEADER = 4 * 1024 * 1024;
/** The checksum of a block of zeros (its checksum field counted as blanks). */
const EMPTY_CHECKSUM = 8 * 32;

/** The long headers that change the next entry's header. */
type LongKind = "gnu-long-path" | "gnu-long-link-path" | "pax-header" | "pax-global-header";

/** A header block as read: an entry, a long header, or null for a block of zeros. */
type Block = { long: false; header: TarHeader } | { long: true; kind: LongKind; size: number } | null;

/**
 * Splits a tar archive fed in chunks (see the module comment). `write` calls
 * the sink for every header and body slice the chunk completes and throws a
 * {@link TarError} at damage; `finish` checks that the archive did not end
 * inside an entry or a header.
 */
export class TarSplitter {
  /** Bytes of a header block or long header not yet complete. */
  private held: Uint8Array = new Uint8Array(0);
  /** Bytes of the current entry's body still to come. */
  private body = 0;
  /** Padding (or an unread body) still to pass over. */
  private skip = 0;
  /** The long header being gathered, and its size. */
  private long: { kind: LongKind; size: number } | null = null;
  private longPath: string | null = null;
  private pax: Record<string, string> | null = null;
  private paxGlobal: Record<string, string> | null = null;

  constructor(private readonly sink: TarSink) {}

  /** Whether the archive so far ends inside an entry's body. */
  get inEntry(): boolean {
    return this.body > 0;
  }

  /** Reads a chunk of the archive. */
  write(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.byteLength) {
      if (this.body > 0) {
        const n = Math.min(this.body, chunk.byteLength - at);
        this.sink.data(chunk.subarray(at, at + n));
        at += n;
        this.body -= n;
        if (this.body === 0) this.sink.end();
        continue;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.byteLength - at);
        at += n;
        this.skip -= n;
        continue;
      }
      const want = this.long ? this.long.size : BLOCK;
      if (this.held.byteLength === 0 && chunk.byteLength - at >= want) {
        this.take(chunk.subarray(at, at + want));
        at += want;
        continue;
      }
      const n = Math.min(want - this.held.byteLength, chunk.byteLength - at);
      const held = new Uint8Array(this.held.byteLength + n);
      held.set(this.held);
      held.set(chunk.subarray(at, at + n), this.held.byteLength);
      this.held = held;
      at += n;
      if (held.byteLength === want) {
        this.held = new Uint8Array(0);
        this.take(held);
      }
    }
  }

  /** The archive ended: throws unless it ended between entries. */
  finish(): void {
    if (this.body > 0 || this.skip > 0 || this.held.byteLength > 0 || this.long !== null) {
      throw new TarError("Unexpected end of data");
    }
  }

  /** A complete header block, or a complete long header's body. */
  private take(bytes: Uint8Array): void {
    if (this.long) {
      const { kind, size } = this.long;
      this.long = null;
      this.skip = padding(size);
      this.readLong(kind, bytes);
      return;
    }
    const block = readBlock(bytes);
    if (block === null) return;
    if (block.long) {
      if (block.size > MAX_LONG_HEADER) throw new TarError("Header exceeds max size");
      if (!(block.size >= 0)) throw new TarError("Invalid header");
      this.long = { kind: block.kind, size: block.size };
      if (block.size === 0) this.take(new Uint8Array(0));
      return;
    }
    const header = block.header;
    if (this.longPath !== null) header.name = this.longPath;
    this.longPath = null;
    if (this.pax) {
      const { path, size } = this.pax;
      if (path) header.name = path;
      if (size) header.size = parseInt(size, 10);
      this.pax = null;
    }
    if (!(header.size >= 0)) throw new TarError("Invalid header");
    this.sink.entry(header);
    if (header.size === 0 || header.type === "directory") {
      this.sink.end();
      return;
    }
    this.body = header.size;
    this.skip = padding(header.size);
  }

  /** Keeps what a long header says for the next entry. */
  private readLong(kind: LongKind, bytes: Uint8Array): void {
    switch (kind) {
      case "gnu-long-path":
        this.longPath = cString(bytes, 0, bytes.byteLength);
        return;
      case "gnu-long-link-path":
        // Link names are not used: links are not inputs.
        return;
      case "pax-global-header":
        this.paxGlobal = readPax(bytes);
        return;
      case "pax-header":
        this.pax = { ...(this.paxGlobal ?? {}), ...readPax(bytes) };
    }
  }
}

/** Bytes of padding after a body of `size` bytes, up to the next block. */
function padding(size: number): number {
  const rest = size % BLOCK;
  return rest === 0 ? 0 : BLOCK - rest;
}

/** The USTAR magic, `ustar\0`, and the GNU one, `ustar ` with version ` \0`. */
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72];

/** Reads a header block (tar-stream's `decode`). */
function readBlock(block: Uint8Array): Block {
  let sum = EMPTY_CHECKSUM;
  for (let i = 0; i < 148; i++) sum += block[i] ?? 0;
  for (let i = 156; i < BLOCK; i++) sum += block[i] ?? 0;
  if (sum === EMPTY_CHECKSUM) return null;
  if (sum !== readNumber(block, 148, 8)) throw new TarError("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
  const flagByte = block[156] ?? 0;
  const flag = flagByte === 0 ? 0 : flagByte - 0x30;
  let name = cString(block, 0, 100);
  const magic = USTAR.every((b, i) => block[257 + i] === b);
  if (magic && block[262] === 0) {
    if (block[345]) name = cString(block, 345, 155) + "/" + name;
  } else if (!(magic && block[262] === 0x20 && block[263] === 0x20 && block[264] === 0)) {
    throw new TarError("Invalid tar header: unknown format.");
  }
  const size = readNumber(block, 124, 12);
  const kind = longKind(flag);
  if (kind) return { long: true, kind, size };
  // tar-stream turns an old `name/` of type 0 into a folder only after it
  // has named the type: such an entry stays a file.
  return { long: false, header: { name, type: entryType(flag), size } };
}

/** The long header of a type flag, if it is one. */
function longKind(flag: number): LongKind | null {
  switch (flag) {
    case 72:
      return "pax-header";
    case 55:
      return "pax-global-header";
    case 27:
      return "gnu-long-link-path";
    case 28:
    case 30:
      return "gnu-long-path";
    default:
      return null;
  }
}

/** The entry type of a type flag. */
function entryType(flag: number): TarEntryType {
  const types: readonly TarEntryType[] = ["file", "link", "symlink", "character-device", "block-device", "directory", "fifo", "contiguous-file"];
  return types[flag] ?? null;
}

/** A NUL-ended field as UTF-8 text. */
function cString(bytes: Uint8Array, start: number, length: number): string {
  let end = start;
  while (end < start + length && bytes[end] !== 0) end++;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
}

/** A numeric field: octal (leading blanks and NULs passed over, ended by a blank), or base-256 when its first byte has the high bit. */
function readNumber(bytes: Uint8Array, start: number, length: number): number {
  const first = bytes[start] ?? 0;
  if (first & 0x80) {
    if (first !== 0x80 && first !== 0xff) return NaN;
    const positive = first === 0x80;
    let sum = 0;
    for (let i = start + length - 1, scale = 1; i > start; i--, scale *= 256) {
      const byte = bytes[i] ?? 0;
      sum += (positive ? byte : 0xff - byte) * scale;
    }
    return positive ? sum : -sum;
  }
  let at = start;
  const stop = start + length;
  while (at < stop && bytes[at] === 0x20) at++;
  let end = at;
  while (end < stop && bytes[end] !== 0x20) end++;
  while (at < end && bytes[at] === 0) at++;
  if (end === at) return 0;
  return parseInt(Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString("utf8"), 8);
}

/** The records of a pax header (tar-stream's `decodePax`). */
function readPax(bytes: Uint8Array): Record<string, string> {
  const result: Record<string, string> = {};
  let rest = bytes;
  while (rest.byteLength > 0) {
    let i = 0;
    while (i < rest.byteLength && rest[i] !== 0x20) i++;
    const length = parseInt(Buffer.from(rest.buffer, rest.byteOffset, i).toString("utf8"), 10);
    if (!length) return result;
    const record = Buffer.from(rest.buffer, rest.byteOffset, rest.byteLength).subarray(i + 1, length - 1).toString("utf8");
    const key = record.indexOf("=");
    if (key === -1) return result;
    result[record.slice(0, key)] = record.slice(key + 1);
    rest = rest.subarray(length);
  }
  return result;
}
