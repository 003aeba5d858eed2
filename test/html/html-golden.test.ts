/**
 * Golden tests of the HTML front end: every fixture in fixtures/html (and
 * the real filings in fixtures/html/real) beside its expected text
 * (`.expected.txt`) and its marks and messages (`.marks.txt`).
 * `UPDATE=1 npx vitest run test/html` rewrites the expected files.
 */
import { existsSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/render/html-to-text.js";
import { HTML_FIXTURES, htmlFixtureNames, readFixture, summarize } from "./html-fixtures.js";

const UPDATE = process.env["UPDATE"] === "1";

function golden(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`missing golden file ${path}: run with UPDATE=1`);
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("HTML fixtures render to their expected text", () => {
  for (const name of htmlFixtureNames()) {
    it(name, () => {
      const html = readFixture(name);
      const result = htmlToText(html);
      const base = join(HTML_FIXTURES, name.replace(/\.html?$/, ""));
      golden(`${base}.expected.txt`, result.derived.text);
      golden(`${base}.marks.txt`, summarize(html, result));
    });
  }
});
