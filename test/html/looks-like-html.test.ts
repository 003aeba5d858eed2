/**
 * looksLikeHtml: HTML documents yes, 1990s plain-text bodies with their
 * SGML-ish tags no, looking only at a bounded prefix.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "../../src/render/html-to-text.js";
import { HTML_SNIFF_PREFIX } from "../../src/render/looks-like-html.js";
import { HTML_FIXTURES, htmlFixtureNames, readFixture } from "./html-fixtures.js";
import { cpuMs } from "../helpers/fuzz-timing.js";

describe("looksLikeHtml", () => {
  it.each(htmlFixtureNames())("is true for %s", (name) => {
    expect(looksLikeHtml(readFixture(name))).toBe(true);
  });

  const plain = readdirSync(join(HTML_FIXTURES, "plain"));
  it.each(plain)("is false for the plain-text notice plain/%s", (name) => {
    expect(looksLikeHtml(readFileSync(join(HTML_FIXTURES, "plain", name), "utf8"))).toBe(false);
  });

  it("is false for text that only carries the SGML tags of 1990s filings", () => {
    const sgml = [
      "<PAGE>",
      "<TABLE>",
      "<CAPTION>",
      "<S>                      <C>          <C>",
      "Revenues                 $1,000       $2,000",
      "</TABLE>",
      "<FN>",
      "(1) A footnote.",
      "</FN>",
      "<R>revised</R>",
      "<PAGE> 2",
    ].join("\n");
    expect(looksLikeHtml(sgml)).toBe(false);
  });

  it("is true for small HTML documents and fragments", () => {
    expect(looksLikeHtml("<HTML><BODY>x</BODY></HTML>")).toBe(true);
    expect(looksLikeHtml("<!DOCTYPE html>\n<title>x</title>")).toBe(true);
    expect(looksLikeHtml("<p>Part I</p>")).toBe(true);
    expect(looksLikeHtml("<DIV STYLE='x'>a</DIV>")).toBe(true);
    expect(looksLikeHtml("line<br>line<br/>")).toBe(true);
    expect(looksLikeHtml("<font size=2>a</font>")).toBe(true);
    expect(looksLikeHtml("<td>a</td>")).toBe(true);
  });

  it("is false for one stray tag-like word and for plain prose", () => {
    expect(looksLikeHtml("Use the <b> key")).toBe(false);
    expect(looksLikeHtml("a < b and c > d")).toBe(false);
    expect(looksLikeHtml("")).toBe(false);
  });

  it("looks only at the first 64 KiB", () => {
    const late = " ".repeat(HTML_SNIFF_PREFIX) + "<html><body><p>x</p></body></html>";
    expect(looksLikeHtml(late)).toBe(false);
  });

  it("runs in linear time on hostile input", () => {
    const t0 = process.cpuUsage();
    looksLikeHtml("<".repeat(10_000_000));
    looksLikeHtml("</p".repeat(3_000_000));
    expect(cpuMs(t0)).toBeLessThan(2_000);
  });
});
