import { createRequire } from "node:module";
import type { CheerioAPI, CheerioOptions } from "cheerio/slim";

type Load = (html: string, options?: CheerioOptions | null) => CheerioAPI;
let load: Load | null = null;

/**
 * cheerio's `load` (the htmlparser2 build, `cheerio/slim`), loaded on the
 * first HTML document: a process that reads only plain text (`inspect` of a
 * `.txt`, a batch of old filings) never loads cheerio, which costs more to
 * load than parsing a plain-text notice.
 */
export function loadHtml(html: string, options?: CheerioOptions): CheerioAPI {
  load ??= (createRequire(import.meta.url)("cheerio/slim") as { load: Load }).load;
  return load(html, options);
}
