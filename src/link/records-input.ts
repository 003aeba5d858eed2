import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInterface } from "node:readline";

/**
 * The RECORDS of `link`: a JSON Lines file read twice (once for the CIKs
 * whose reports to keep, once to write each record back linked), so that
 * no more than one record is in memory. Standard input is copied to a
 * temporary file first, which is removed by {@link RecordsInput.close}.
 */
export class RecordsInput {
  private constructor(
    private readonly path: string,
    private readonly temporary: string | null,
  ) {}

  /** The records of a file, or of standard input (`-`) kept in a temporary file. */
  static async open(path: string, stdin: Readable): Promise<RecordsInput> {
    if (path !== "-") return new RecordsInput(path, null);
    const dir = await mkdtemp(join(tmpdir(), "edgar-nt-link-"));
    const file = join(dir, "records.jsonl");
    await pipeline(stdin, createWriteStream(file));
    return new RecordsInput(file, dir);
  }

  /** Each non-blank line with its 1-based number, in order. */
  async *lines(): AsyncGenerator<{ line: number; text: string }> {
    const reader = createInterface({ input: createReadStream(this.path, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    for await (const text of reader) {
      line++;
      if (text.trim() !== "") yield { line, text };
    }
  }

  /** Removes the temporary copy of standard input, if any. */
  async close(): Promise<void> {
    if (this.temporary !== null) await rm(this.temporary, { recursive: true, force: true });
  }
}
