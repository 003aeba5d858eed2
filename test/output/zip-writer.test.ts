import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import yauzl, { type Entry } from "yauzl";
import { afterAll, describe, expect, it } from "vitest";
import { ZipWriter } from "../../src/output/zip-writer.js";

/** The entries of a zip file as yauzl reads them: name, CRC and contents. */
async function readZip(file: string): Promise<{ name: string; crc: number; text: string }[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const entries: { name: string; crc: number; text: string }[] = [];
  try {
    for (;;) {
      const entry = await new Promise<Entry | null>((resolve, reject) => {
        zip.once("entry", resolve).once("end", () => resolve(null)).once("error", reject);
        zip.readEntry();
      });
      if (entry === null) break;
      zip.removeAllListeners("entry").removeAllListeners("end").removeAllListeners("error");
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(Buffer.from(chunk));
      entries.push({ name: entry.fileName, crc: entry.crc32, text: Buffer.concat(chunks).toString("utf8") });
    }
  } finally {
    zip.close();
  }
  return entries;
}

describe("ZipWriter", () => {
  const dir = mkdtempSync(join(tmpdir(), "edgar-nt-zip-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes whole and streamed entries that a zip reader reads back, CRCs right, the same bytes every time", async () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `<row r="${i}">“${"x".repeat(i % 300)}” ${i * 7919}</row>`);
    const write = async (file: string): Promise<void> => {
      const zip = new ZipWriter(file);
      await zip.add("[Content_Types].xml", "<Types/>");
      const entry = zip.open("xl/worksheets/sheet1.xml");
      for (const line of long) {
        entry.write(line);
        await entry.drain();
      }
      await entry.end();
      await zip.add("empty.txt", "");
      await zip.finish();
    };
    await write(join(dir, "a.zip"));
    await write(join(dir, "b.zip"));
    const entries = await readZip(join(dir, "a.zip"));
    expect(entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml", "empty.txt"]);
    expect(entries.map((e) => e.text)).toEqual(["<Types/>", long.join(""), ""]);
    for (const e of entries) expect(e.crc).toBe(crc32(Buffer.from(e.text)));
    expect(readFileSync(join(dir, "a.zip")).equals(readFileSync(join(dir, "b.zip")))).toBe(true);
  });

  it("reports a file it cannot write", async () => {
    const zip = new ZipWriter(join(dir, "missing", "x.zip"));
    await expect(zip.add("a.txt", "a")).rejects.toThrow(/ENOENT/);
    await zip.abandon();
  });
});
