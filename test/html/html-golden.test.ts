/**
 * Golden tests of the HTML front end: every fixture in fixtures/html (and
 * the real filings in fixtures/html/real) beside its expected text
 * (`.expected.txt`) and its marks and messages (`.marks.txt`).
 * `UPDATE=1 npx vitest run test/html` rewrites the expected files.
 */
import { join } from "node:path";
import { describe, it } from "vitest";
import { expectGolden } from "../helpers/golden.js";
import { htmlToText } from "../../src/render/html-to-text.js";
import { HTML_FIXTURES, htmlFixtureNames, readFixture, summarize } from "./html-fixtures.js";


describe("HTML fixtures render to their expected text", () => {
  for (const name of htmlFixtureNames()) {
    it(name, () => {
      const html = readFixture(name);
      const result = htmlToText(html);
      const base = join(HTML_FIXTURES, name.replace(/\.html?$/, ""));
      expectGolden(`${base}.expected.txt`, result.derived.text);
      expectGolden(`${base}.marks.txt`, summarize(html, result));
    });
  }
});
