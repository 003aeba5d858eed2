import { existsSync, readFileSync } from "node:fs";

/**
 * A table of texts the build worked out from the sources (the patterns'
 * native sources, `pattern-table.ts`; the memo texts, `memo-table.ts`),
 * looked up by the text they were worked out from.
 *
 * The build writes each table as a JSON file beside its module
 * (scripts/build/build-table.mjs: `[[key, text], …]`, keyed by
 * {@link tableKey} of the text: the texts are long pattern sources, their
 * short keys keep the file small), and the module reads it on the first
 * lookup: a JSON file costs far less to load than a module holding the same
 * data as a literal, and a process that looks nothing up never reads it.
 * In the sources (and in a build made by tsc alone) there is no file: the
 * table is empty, and every text is worked out when first needed.
 */
export interface BuildTable {
  /** The text kept for `text`, or undefined. */
  get(text: string): string | undefined;
}

/** The table in the JSON file at `url`, read when first looked up; empty when there is no such file. */
export function readBuildTable(url: URL): BuildTable {
  let entries: Map<string, string> | null = null;
  return {
    get(text) {
      entries ??= existsSync(url) ? new Map(JSON.parse(readFileSync(url, "utf8")) as Array<[string, string]>) : new Map();
      return entries.get(tableKey(text));
    },
  };
}

/**
 * The key of a text in a table: two 32-bit hashes of its UTF-16 code units
 * (FNV-1a and a multiply-xorshift one) and its length. The build refuses a
 * table in which two texts share a key.
 */
export function tableKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
}
