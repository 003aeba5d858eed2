import { existsSync, readFileSync } from "node:fs";

/**
 * A table of texts the build worked out from the sources (the patterns'
 * native sources, `pattern-table.ts`; the memo texts, `memo-table.ts`),
 * looked up by the text they were worked out from.
 *
 * The build writes each table as a JSON file beside its module
 * (scripts/build/build-table.mjs: `[[text, kept], …]`), and the module
 * reads it on the first lookup: a JSON file costs far less to load than a
 * module holding the same data as a literal, and a process that looks
 * nothing up never reads it. The texts themselves are the keys: V8 hashes a
 * string natively, several times faster than a hash of the text computed in
 * JavaScript to key a smaller file. In the sources (and in a build made by
 * tsc alone) there is no file: the table is empty, and every text is
 * worked out when first needed.
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
      return entries.get(text);
    },
  };
}
