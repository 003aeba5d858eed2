import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../src/parse-filing.js";
import type { NtRecord } from "../src/record/types.js";

/**
 * Renderings of a notice other than the filer's own: plain text served in
 * `<PRE>` with its tags escaped, text renderings of HTML notices with their
 * boxes written as letters, and truncated notices with or without a final
 * line break. The metamorphic suite (test/metamorphic) measures these over
 * every fixture; these cases pin the behaviour down.
 */
const fixtures = join(import.meta.dirname, "..", "fixtures");

function read(file: string): string {
  return readFileSync(join(fixtures, file), "latin1");
}

function record(text: string, path: string, encoding: BufferEncoding = "latin1"): NtRecord {
  const result = parseFiling(Buffer.from(text, encoding), { path });
  if (result.kind === "skip") throw new Error(`${path}: ${result.skip.ruleId}`);
  return result.record;
}

describe("plain text in <PRE> with escaped tags", () => {
  const file = "constructed/html2000s/pre-escaped-tags.htm";
  const r = record(read(file), file);

  it("drops &lt;PAGE&gt;, &lt;S&gt;, &lt;C&gt;, &lt;TABLE&gt; as the plain-text path drops the tags", () => {
    expect(r.form.itemsRelatedTo).toBeNull();
    expect(r.registrant.formerName).toBeNull();
    expect(JSON.stringify([r.form, r.registrant, r.part4, r.signature])).not.toMatch(/<\/?(?:PAGE|S|C|TABLE|CAPTION)>/);
  });

  it("reads the notice as its plain-text original reads", () => {
    const original = record(read("constructed/layout/sgml-tags.txt"), "constructed/layout/sgml-tags.txt");
    expect(r.form).toEqual(original.form);
    expect(r.registrant).toEqual(original.registrant);
    expect(r.part2).toEqual(original.part2);
    expect(r.part4).toEqual(original.part4);
    expect(r.signature).toEqual(original.signature);
  });
});

describe("a notice cut off mid-caption", () => {
  const cases: [string, (r: NtRecord) => void][] = [
    ["excerpts/excerpt-004.txt", (r) => expect(r.registrant.formerName).toBeNull()],
    ["excerpts/excerpt-030.txt", (r) => expect(r.registrant.name).toBeNull()],
    ["excerpts/excerpt-049.txt", (r) => expect(r.registrant.address).toBe("740 Broadway")],
  ];
  for (const [file, check] of cases) {
    const text = read(file).replace(/\s+$/, "");
    it(`${file}: the cut caption is no value, without a final line break`, () => check(record(text, file)));
    it(`${file}: …and with one`, () => check(record(`${text}\n`, file)));
    it(`${file}: …and with blank lines after it`, () => check(record(`${text}\r\n\r\n`, file)));
  }
});

describe("text renderings of HTML notices, boxes written as letters", () => {
  const cases: [string, string, string][] = [
    ["constructed/renderings/cells-pipe-domo-2026.txt", "samples/Luke-Bradford_domo_nt10q.htm", "þ Form 10-Q"],
    ["constructed/renderings/cells-tab-quantum-2026.txt", "samples/Luke-Bradford_quantum_nt10k.htm", "x Form 10-K"],
  ];
  for (const [rendering, html, shown] of cases) {
    it(`${rendering} reads as the HTML notice it renders`, () => {
      const r = record(readFileSync(join(fixtures, rendering), "utf8"), rendering, "utf8");
      const original = record(readFileSync(join(fixtures, html), "utf8"), html, "utf8");
      expect(r.form).toEqual(original.form);
      expect(r.registrant).toEqual(original.registrant);
      expect(r.part2).toEqual(original.part2);
      expect(r.part4).toEqual(original.part4);
      expect(r.signature).toEqual(original.signature);
    });
    it(`${rendering}: evidence quotes the box letter, not a mark`, () => {
      const r = record(readFileSync(join(fixtures, rendering), "utf8"), rendering, "utf8");
      expect(r.evidence["form.reportTypes"]).toMatchObject({ text: shown });
      const lines = readFileSync(join(fixtures, rendering), "utf8").split("\n");
      const ev = r.evidence["form.reportTypes"] as { line: number; column: number };
      expect(lines[ev.line - 1]?.slice(ev.column - 1)).toMatch(/^[þx] Form/);
    });
  }
});
