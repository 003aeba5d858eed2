/**
 * Deep nesting and huge inputs: no stack overflow, a warning where nesting
 * is capped, and time that grows linearly with the input.
 */
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/render/html-to-text.js";
import { derivedOffset } from "../../src/core/derived-offset.js";
import { capNesting, MAX_NESTING } from "../../src/render/nesting-guard.js";
import { cpuMs } from "../helpers/fuzz-timing.js";

describe("deep nesting", () => {
  it("renders 10,000 nested divs without throwing and warns once at the first capped tag", () => {
    const html = "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000) + "<p>after</p>";
    const r = htmlToText(html);
    expect(r.derived.text).toBe("deep text\n\nafter\n");
    expect(r.messages.map((m) => m.ruleId)).toEqual(["html-depth-capped"]);
    expect(r.messages[0]).toMatchObject({ line: 1, column: MAX_NESTING * "<div>".length + 1 });
    expect(html.slice(r.derived.toSource(derivedOffset(0)), r.derived.toSource(derivedOffset(0)) + 4)).toBe("deep");
  });

  it("renders 10,000 unclosed <font> and <b> tags", () => {
    const r = htmlToText("<p>" + "<font size=2><b>".repeat(5_000) + "&#9746; Form 10-K");
    expect(r.derived.text).toBe("☒ Form 10-K\n");
    expect(r.marks).toHaveLength(1);
  });

  it("renders 10,000 nested tables, reading the deep ones as plain blocks", () => {
    const html = "<table><tr><td>".repeat(10_000) + "&#9746;</td><td>Form 10-K" + "</td></tr></table>".repeat(10_000);
    const r = htmlToText(html);
    expect(r.derived.text).toContain("☒");
    expect(r.derived.text).toContain("Form 10-K");
    expect(r.messages.map((m) => m.ruleId)).toEqual(["html-depth-capped"]);
  });

  it("does not touch ordinary nesting", () => {
    const html = "<table><tr><td><div><p><font><b>x</b></font></p></div></td></tr></table>";
    expect(capNesting(html).cappedAt).toBeNull();
    expect(capNesting(html).html).toBe(html);
  });

  it("blanks deep tags with spaces of the same length, keeping line ends", () => {
    const html = "<div>\n<div class='a>b'>\n<span>x</span></div></div>";
    const g = capNesting(html, 1);
    expect(g.html.length).toBe(html.length);
    expect(g.html).toBe("<div>\n" + " ".repeat("<div class='a>b'>".length) + "\n" + " ".repeat(6) + "x" + " ".repeat(7) + " ".repeat(6) + "</div>");
    expect(g.cappedAt).toBe(6);
  });

  it("skips raw text and comments when following the nesting", () => {
    const html = "<script>" + "<div>".repeat(50) + "</script><!-- <div><div> --><div>x</div>";
    expect(capNesting(html, 2).cappedAt).toBeNull();
  });
});

describe("size", () => {
  it("renders a 10 MB single line in linear time, every word mapping back", () => {
    const line = "<p>" + "word ".repeat(2_000_000) + "</p>";
    const t0 = process.cpuUsage();
    const r = htmlToText(line);
    const ms = cpuMs(t0);
    expect(r.derived.text.length).toBe(10_000_000);
    expect(r.derived.toSource(derivedOffset(5 * 1_234_567))).toBe(3 + 5 * 1_234_567);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it("renders 200,000 unclosed, hence nested, tables (10 MB) without quadratic blow-up", () => {
    const html = "<table><tr><td>&#9746;</td><td>Form 10-K</td></tr>".repeat(200_000) + "</table>";
    const t0 = process.cpuUsage();
    const r = htmlToText(html);
    expect(cpuMs(t0)).toBeLessThan(30_000);
    expect(r.marks).toHaveLength(200_000);
  }, 60_000);
});

describe("nesting as the parser has it", () => {
  it("does not warn about tags that close themselves inside <svg> or <math>, which never nest", () => {
    const r = htmlToText("<math>" + "<span/>".repeat(600) + "x</math>");
    expect(r.derived.text).toBe("x\n");
    expect(r.messages).toEqual([]);
  });
});
