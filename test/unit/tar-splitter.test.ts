/**
 * The synchronous tar splitter reads what tar-stream reads: the same
 * entries, names, types and bodies, and the same error at the same place,
 * for every header kind, every way of cutting the archive into chunks, and
 * every point of truncation or damage.
 */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { extract, pack } from "tar-stream";
import { TarSplitter, type TarHeader } from "../../src/input/tar-splitter.js";

/** What reading an archive gives: entries read whole, and how it ended. */
interface Reading {
  entries: { name: string; type: string | null; body: string }[];
  /** The error's message, or null when the archive ended well. */
  error: string | null;
  /** Whether the error came inside an entry's body. */
  inEntry: boolean;
}

/** Reads `archive` with tar-stream. */
async function referenceRead(archive: Uint8Array): Promise<Reading> {
  const entries: Reading["entries"] = [];
  const reader = extract();
  Readable.from([Buffer.from(archive)]).pipe(reader);
  let open = false;
  try {
    for await (const entry of reader) {
      open = true;
      const chunks: Buffer[] = [];
      for await (const chunk of entry) if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
      open = false;
      entries.push({ name: entry.header.name, type: entry.header.type ?? null, body: Buffer.concat(chunks).toString("latin1") });
    }
    return { entries, error: null, inEntry: false };
  } catch (error) {
    return { entries, error: error instanceof Error ? error.message : String(error), inEntry: open };
  }
}

/** Reads `archive` with the splitter, fed in chunks of `size` bytes. */
function splitterRead(archive: Uint8Array, size: number): Reading {
  const entries: Reading["entries"] = [];
  let header: TarHeader | null = null;
  let body: Buffer[] = [];
  const splitter = new TarSplitter({
    entry: (h) => {
      header = h;
      body = [];
    },
    data: (bytes) => body.push(Buffer.from(bytes)),
    end: () => {
      if (header) entries.push({ name: header.name, type: header.type, body: Buffer.concat(body).toString("latin1") });
      header = null;
    },
  });
  try {
    for (let at = 0; at < archive.byteLength; at += size) splitter.write(archive.subarray(at, at + size));
    splitter.finish();
    return { entries, error: null, inEntry: false };
  } catch (error) {
    return { entries, error: error instanceof Error ? error.message : String(error), inEntry: splitter.inEntry };
  }
}

/** An archive made by tar-stream's packer (ustar; pax headers for long or non-ASCII names). */
async function packed(entries: { name: string; body?: string; type?: "file" | "directory" | "symlink"; linkname?: string }[]): Promise<Uint8Array> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on("data", (c: unknown) => {
    if (c instanceof Uint8Array) chunks.push(Buffer.from(c));
  });
  const ended = new Promise<void>((resolve) => tar.on("end", () => resolve()));
  for (const e of entries) {
    await new Promise<void>((resolve, reject) =>
      tar.entry({ name: e.name, type: e.type ?? "file", ...(e.linkname ? { linkname: e.linkname } : {}) }, e.body ?? "", (err) => (err ? reject(err) : resolve())),
    );
  }
  tar.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** A raw header block: `fields` written at their offsets, the checksum computed. */
function block(fields: { name: string; size?: number; flag?: string; prefix?: string; magic?: "ustar" | "gnu"; sizeField?: Uint8Array }): Buffer {
  const b = Buffer.alloc(512);
  b.write(fields.name, 0, 100, "utf8");
  b.write("0000644\0", 100);
  b.write("0000000\0", 108);
  b.write("0000000\0", 116);
  if (fields.sizeField) Buffer.from(fields.sizeField).copy(b, 124);
  else b.write((fields.size ?? 0).toString(8).padStart(11, "0") + "\0", 124);
  b.write("00000000000\0", 136);
  b.write(fields.flag ?? "0", 156);
  if ((fields.magic ?? "ustar") === "ustar") b.write("ustar\x0000", 257, "latin1");
  else b.write("ustar  \0", 257, "latin1");
  if (fields.prefix) b.write(fields.prefix, 345, 155);
  let sum = 8 * 32;
  for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += b[i] ?? 0;
  b.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  return b;
}

/** A body padded to whole blocks. */
function padded(text: string): Buffer {
  const body = Buffer.from(text, "latin1");
  return Buffer.concat([body, Buffer.alloc((512 - (body.length % 512)) % 512)]);
}

/** An entry of the raw archives: a header and its padded body. */
function raw(fields: Parameters<typeof block>[0], body = ""): Buffer {
  return Buffer.concat([block({ ...fields, size: fields.size ?? Buffer.byteLength(body, "latin1") }), padded(body)]);
}

/** One pax record, `LENGTH key=value\n`, its length counting itself. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = rest.length + 1;
  while (String(length).length + rest.length !== length) length++;
  return `${length}${rest}`;
}

/** The end of an archive: two blocks of zeros. */
const END = Buffer.alloc(1024);

/** Every header kind the splitter reads, in one archive. */
async function everyKind(): Promise<Uint8Array> {
  const longName = "feed/" + "very-long-folder-name/".repeat(8) + "0001.nc";
  const gnuName = "gnu/" + "x".repeat(150) + ".nc";
  const base256 = Buffer.alloc(12);
  base256[0] = 0x80;
  base256.writeUInt32BE(700, 8);
  const fromPacker = await packed([
    { name: "feed/", type: "directory" },
    { name: "feed/0000001.nc", body: "<SUBMISSION>\n<TYPE>NT 10-K\n" + "a".repeat(3000) },
    { name: longName, body: "long name through a pax header" },
    { name: "feed/ünïcode-é.nc", body: "pax path in UTF-8" },
    { name: "feed/link", type: "symlink", linkname: "0000001.nc" },
    { name: "feed/empty.nc", body: "" },
    { name: "feed/exact.nc", body: "b".repeat(512) },
  ]);
  const globalPax = paxRecord("comment", "applies to later pax") + paxRecord("path", "global/only.nc");
  const localPax = paxRecord("path", "pax/local.nc");
  const hand = Buffer.concat([
    raw({ name: "././@LongLink", flag: "L", magic: "gnu" }, gnuName + "\0"),
    raw({ name: "short", magic: "gnu" }, "gnu long name"),
    raw({ name: "0001.nc", prefix: "prefixed/folder" }, "ustar prefix"),
    raw({ name: "old-dir/", flag: "0" }),
    raw({ name: "base256.nc", sizeField: base256, size: 700 }, "c".repeat(700)),
    Buffer.alloc(512),
    raw({ name: "pax_global_header", flag: "g" }, globalPax),
    raw({ name: "PaxHeader", flag: "x" }, localPax),
    raw({ name: "ignored-by-pax.nc" }, "pax local path"),
    raw({ name: "own-name.nc" }, "no pax header of its own: the global one does not apply"),
    raw({ name: "PaxHeader", flag: "x" }, paxRecord("comment", "only a comment")),
    raw({ name: "named-by-global.nc" }, "a pax header of its own: the global path applies"),
    raw({ name: "fifo", flag: "6" }),
    raw({ name: "hard", flag: "1" }),
    raw({ name: "contiguous.nc", flag: "7" }, "contiguous"),
    raw({ name: "unknown-type", flag: "Z" }, "body of an unknown type"),
    END,
  ]);
  // The packer's archive without its end blocks, then the hand-made entries.
  return Buffer.concat([Buffer.from(fromPacker).subarray(0, fromPacker.byteLength - 1024), hand]);
}

describe("tar splitter", () => {
  it("reads every header kind as tar-stream does, in chunks of any size", async () => {
    const archive = await everyKind();
    const expected = await referenceRead(archive);
    expect(expected.error).toBeNull();
    expect(expected.entries.map((e) => e.name)).toContain("pax/local.nc");
    expect(expected.entries.map((e) => e.name)).toContain("prefixed/folder/0001.nc");
    expect(expected.entries.map((e) => e.name)).toContain("own-name.nc");
    expect(expected.entries.map((e) => e.name)).toContain("global/only.nc");
    expect(expected.entries.find((e) => e.name.startsWith("gnu/"))?.body).toBe("gnu long name");
    expect(expected.entries.find((e) => e.name === "base256.nc")?.body).toHaveLength(700);
    for (const size of [1, 7, 100, 511, 512, 513, 1000, 4096, archive.byteLength]) {
      expect(splitterRead(archive, size)).toEqual(expected);
    }
  });

  it("stops where tar-stream stops, with its message, when the archive is cut at any point", async () => {
    const archive = await everyKind();
    for (let cut = 0; cut < archive.byteLength; cut += cut < 2048 ? 1 : 37) {
      const cutShort = archive.subarray(0, cut);
      const expected = await referenceRead(cutShort);
      expect({ cut, ...splitterRead(cutShort, 300) }).toEqual({ cut, ...expected });
    }
  });

  it("stops where tar-stream stops when a header is damaged", async () => {
    const archive = Buffer.from(await everyKind());
    for (let at = 0; at < archive.byteLength; at += 97) {
      const damaged = Buffer.from(archive);
      damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
      const expected = await referenceRead(damaged);
      expect({ at, ...splitterRead(damaged, 1024) }).toEqual({ at, ...expected });
    }
  });

  it("refuses data that is no tar, and a header of another format", async () => {
    expect(splitterRead(Buffer.from("<SUBMISSION>\n".repeat(100)), 512).error).toBe(
      "Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?",
    );
    const v7 = block({ name: "v7.nc", size: 0 });
    v7.fill(0, 257, 265);
    let sum = 8 * 32;
    for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += v7[i] ?? 0;
    v7.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
    const archive = Buffer.concat([v7, END]);
    expect(splitterRead(archive, 512)).toEqual(await referenceRead(archive));
  });
});
