/**
 * Random tag soup through the HTML front end: it never throws, its offset
 * map stays inside the source and never goes backwards, every mark sits
 * where its MarkInfo says, and no line ends in white space.
 * FUZZ_RUNS sets the number of cases (default 300).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/render/html-to-text.js";
import { derivedOffset } from "../../src/core/derived-offset.js";
import { CHECKED, UNCHECKED, UNREADABLE } from "../../src/core/marks.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 300);

const FRAGMENTS = [
  "<div>", "</div>", "<p>", "</p>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>",
  "<br>", "<hr>", "<pre>", "</pre>", "<b>", "</b>", "<center>", "<li>", "<TD ROWSPAN=3>",
  '<font face="Wingdings">', "</font>", '<span style="font-family:Wingdings 2">', "</span>",
  '<span style="font-family:"Wingdings"">', '<div style="display:none">', '<p style="font: 10pt Times">',
  '<img alt="checked">', '<img src="box_empty.gif">', '<img src="checkbox.gif">', '<input type=checkbox checked>',
  "<script>x<p>y</script>", "<style>.wd{font-family:Wingdings}</style>", '<span class="wd">',
  "<!-- c -->", "<!--", "-->", "<", ">", "&", "</", "'", '"', "<TYPE>NT 10-K\n", "<title>t</title>",
  "Form 10-K", "Yes", "No", "(a)", "word", "x", "o", "þ", "ý", "¨", "T", "£", "☒", "☐", "✔", "🗹",
  "&#9746;", "&#9744;", "&nbsp;", "&amp;", "&amp;amp;", "&#xF0FE;", "&#168;", "&copy", "&#150;",
  " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2002", "\u200b", "\u00ad",
];

const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(""));

describe("htmlToText on random tag soup", () => {
  it("keeps its offset map and marks consistent", () => {
    fc.assert(
      fc.property(soup, (html) => {
        const { derived, marks } = htmlToText(html);
        const text = derived.text;
        let previous = 0;
        for (let o = 0; o < text.length; o++) {
          const src = derived.toSource(derivedOffset(o));
          expect(src).toBeGreaterThanOrEqual(previous);
          expect(src).toBeLessThanOrEqual(html.length);
          previous = src;
        }
        for (const m of marks) {
          const glyph = m.state === "checked" ? CHECKED : m.state === "unchecked" ? UNCHECKED : UNREADABLE;
          expect(text[m.offset]).toBe(glyph);
          expect(derived.toSource(m.offset)).toBe(m.sourceOffset);
        }
        const canonical = [...text].filter((c) => c === CHECKED || c === UNCHECKED || c === UNREADABLE).length;
        expect(canonical).toBe(marks.length);
        for (const line of text.split("\n")) expect(line).not.toMatch(/[ \t]$/);
        expect(text).not.toMatch(/\t\t/);
      }),
      { numRuns: RUNS },
    );
  });
});
