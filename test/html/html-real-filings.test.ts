/**
 * The four real HTML notices of the corpus (copied byte for byte into
 * fixtures/html/real): the lines the form parser relies on, and evidence
 * offsets that lead back to the very words of the HTML.
 */
import { describe, expect, it } from "vitest";
import { htmlToText, type HtmlTextResult } from "../../src/render/html-to-text.js";
import { derivedOffset } from "../../src/core/derived-offset.js";
import { LineIndex } from "../../src/core/line-index.js";
import { bodyOffset } from "../../src/core/body-offset.js";
import { readFixture } from "./html-fixtures.js";

function render(name: string): { html: string; result: HtmlTextResult; lines: string[] } {
  const html = readFixture(`real/${name}`);
  const result = htmlToText(html);
  return { html, result, lines: result.derived.text.split("\n") };
}

/** The only line starting with `prefix`. */
function lineStarting(lines: string[], prefix: string): string {
  const found = lines.filter((l) => l.startsWith(prefix));
  expect(found, `one line starting with ${JSON.stringify(prefix)}`).toHaveLength(1);
  return found[0] as string;
}

/** Checks that the n-th occurrence of `word` in the text maps back to `word` at `line:column` of the HTML. */
function expectWordAt(html: string, result: HtmlTextResult, word: string, line: number, column: number, nth = 0): void {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = result.derived.text.indexOf(word, at + 1);
  expect(at, `${word} in the text`).toBeGreaterThanOrEqual(0);
  const src = result.derived.toSource(derivedOffset(at));
  expect(html.slice(src, src + word.length)).toBe(word);
  const p = new LineIndex(html, bodyOffset).point(src);
  expect([p.line, p.column]).toEqual([line, column]);
}

describe("0001213900-26-083374.htm (Toppan Merrill tables, Marwynn NT 10-K)", () => {
  const { html, result, lines } = render("0001213900-26-083374.htm");

  it("puts the check-one boxes on one line, a tab between cells", () => {
    expect(lineStarting(lines, "(Check One):")).toBe(
      "(Check One):\t☒ Form 10-K\t☐ Form 20-F\t☐ Form 11-K\t☐ Form 10-Q\t☐ Form 10-D\t☐ Form N-CEN",
    );
    expect(lines).toContain("☐ Form N-CSR");
  });

  it("joins the Part II box, alone in its cell, to the (b) row", () => {
    expect(lineStarting(lines, "☒ (b)\tThe subject annual report")).toMatch(/prescribed due date; and$/);
    expect(lineStarting(lines, "(a)\t")).not.toContain("☒");
  });

  it("renders the Part IV answers glyph before label", () => {
    const i2 = lines.findIndex((l) => l.startsWith("(2)\tHave all other periodic reports"));
    expect(lines[i2 + 1]).toBe("☒ Yes ☐ No");
    const i3 = lines.findIndex((l) => l.startsWith("(3)\tIs it anticipated"));
    expect(lines[i3 + 1]).toBe("☐ Yes ☒ No");
  });

  it("maps words and marks back to the HTML", () => {
    expectWordAt(html, result, "Marwynn", 94, 131);
    expectWordAt(html, result, "Enrome", 185, 25);
    expectWordAt(html, result, "949-706-9966", 207, 112);
    expectWordAt(html, result, "Yin", 288, 67, 2);
    const first = result.marks[0];
    expect(first?.state).toBe("checked");
    expect(html.slice(first?.sourceOffset, (first?.sourceOffset ?? 0) + 7)).toBe("&#9746;");
    expect(new LineIndex(html, bodyOffset).point(first?.sourceOffset ?? bodyOffset(0)).line).toBe(38);
    expect(result.messages).toEqual([]);
  });
});

describe("0001213900-26-090471.htm (inline check-one row, glued Part IV mark)", () => {
  const { html, result, lines } = render("0001213900-26-090471.htm");

  it("keeps the inline check-one row as written", () => {
    expect(lineStarting(lines, "(Check One):")).toBe("(Check One): ☐ Form 10-K ☐ Form 20-F ☐ Form 11-K ☒ Form 10-Q");
    expect(lines).toContain("☐ Form 10-D ☐ Form N-CEN ☐ Form N-CSR");
  });

  it("joins the Part II box to (b)", () => {
    expect(lineStarting(lines, "☒ (b)\t")).toContain("The subject annual report");
  });

  it("separates a mark glued to its label (&#9746;Yes)", () => {
    expect(lineStarting(lines, "(2)\tHave all other periodic reports")).toMatch(/identify report\(s\)\. ☒ Yes ☐ No$/);
    expect(lineStarting(lines, "(3)\tIs it anticipated")).toMatch(/portion thereof\? ☐ Yes ☒ No$/);
  });

  it("maps words back to the HTML", () => {
    expectWordAt(html, result, "Cecil", 105, 95);
    expectWordAt(html, result, "6252-8998", 198, 125);
    const checked = result.marks.filter((m) => m.state === "checked").map((m) => new LineIndex(html, bodyOffset).point(m.sourceOffset).line);
    expect(checked).toEqual([48, 147, 211, 219]);
  });
});

describe("Luke-Bradford_quantum_nt10k.htm (Donnelley, glyph after label in Part IV)", () => {
  const { html, result, lines } = render("Luke-Bradford_quantum_nt10k.htm");

  it("flattens the two paragraphs of the check-one cell into one line", () => {
    expect(lineStarting(lines, "(Check one):")).toBe(
      "(Check one):\t☒ Form 10-K ☐ Form 20-F ☐ Form 11-K ☐ Form 10-Q ☐ Form 10-D ☐ Form N-CEN ☐ Form N-CSR",
    );
  });

  it("joins the box spanning (a)-(c) to the (a) row", () => {
    expect(lineStarting(lines, "☒ (a)\tThe reasons described")).toBeTruthy();
    expect(lineStarting(lines, "(b)\t")).not.toContain("☒");
  });

  it("keeps the Part IV glyph after its label", () => {
    expect(lineStarting(lines, "(2)\tHave all other periodic reports")).toMatch(/identify report\(s\)\. Yes ☒ No ☐$/);
    expect(lineStarting(lines, "(3)\tIs it anticipated")).toMatch(/portion thereof\? Yes ☐ No ☒$/);
  });

  it("turns en, em and thin spaces into single spaces and maps words back", () => {
    expect(result.derived.text).not.toMatch(/[\u2002\u2003\u2009\u00a0]/);
    expect(lines).toContain("William H. White\t(408)\t944-4000");
    expectWordAt(html, result, "Briarwood", 104, 119);
    expectWordAt(html, result, "White", 207, 98, 0);
  });
});

describe("Luke-Bradford_domo_nt10q.htm (Workiva divs, no (Check One) label)", () => {
  const { html, result, lines } = render("Luke-Bradford_domo_nt10q.htm");

  it("renders the check-one row, which has no label, as one line of cells", () => {
    const i = lines.indexOf("NOTIFICATION OF LATE FILING");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(lines[i + 2]).toBe("☐ Form 10-K\t☐ Form 20-F\t☐ Form 11-K\t☒ Form 10-Q\t☐ Form 10-D\t☐ Form N-CEN\t☐ Form N-CSR");
  });

  it("joins the Part II box to (b)", () => {
    expect(lineStarting(lines, "☒ (b)\t")).toContain("The subject annual report");
  });

  it("renders the Part IV answers", () => {
    expect(lineStarting(lines, "(2) Have all other periodic reports")).toMatch(/identify report\(s\)\. ☒ Yes ☐ No$/);
    const i3 = lines.findIndex((l) => l.startsWith("(3) Is it anticipated"));
    expect(lines[i3 + 2]).toBe("☐ Yes ☒ No");
  });

  it("maps words on its very long lines back to their columns", () => {
    expectWordAt(html, result, "Crane", 10, 21929, 0);
    expectWordAt(html, result, "Fork,", 10, 12294);
  });
});
