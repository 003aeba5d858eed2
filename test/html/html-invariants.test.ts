/**
 * Properties every rendering must have, checked on all HTML fixtures:
 * words map back to themselves in the HTML, the offset map never goes
 * backwards, marks sit where MarkInfo says, and the text has no layout
 * debris (trailing spaces, runs of tabs, runs of blank lines).
 */
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/render/html-to-text.js";
import { derivedOffset } from "../../src/core/derived-offset.js";
import { CHECKED, UNCHECKED, UNREADABLE } from "../../src/core/marks.js";
import { htmlFixtureNames, readFixture } from "./html-fixtures.js";

const CANONICAL = { checked: CHECKED, unchecked: UNCHECKED, unreadable: UNREADABLE } as const;

describe.each(htmlFixtureNames())("%s", (name) => {
  const html = readFixture(name);
  const { derived, marks } = htmlToText(html);
  const text = derived.text;

  it("maps the start of every word to that word in the HTML (or to the reference it was decoded from)", () => {
    const bad: string[] = [];
    for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
      const src = derived.toSource(derivedOffset(m.index));
      // The word as written, up to where markup (a tag or a reference) interrupts it.
      let k = 0;
      while (k < m[0].length && html[src + k] === m[0][k]) k++;
      if (k === m[0].length || (k > 0 && (html[src + k] === "<" || html[src + k] === "&"))) continue;
      if (k === 0 && html[src] === "&") continue;
      bad.push(`${m[0]}@${m.index}→${src}:${JSON.stringify(html.slice(src, src + 12))}`);
    }
    expect(bad).toEqual([]);
  });

  it("maps offsets in source order", () => {
    let previous = -1;
    for (let o = 0; o < text.length; o++) {
      const src = derived.toSource(derivedOffset(o));
      expect(src).toBeGreaterThanOrEqual(previous);
      previous = src;
    }
  });

  it("places each mark at its offset, pointing at its glyph", () => {
    for (const m of marks) {
      expect(text[m.offset]).toBe(CANONICAL[m.state]);
      expect(derived.toSource(m.offset)).toBe(m.sourceOffset);
      expect(html.startsWith(m.glyph, m.sourceOffset)).toBe(true);
    }
    const inText = [...text].filter((c) => c === CHECKED || c === UNCHECKED || c === UNREADABLE).length;
    expect(inText).toBe(marks.length);
  });

  it("leaves no trailing spaces, no runs of tabs and (outside <pre>) no runs of blank lines", () => {
    for (const line of text.split("\n")) expect(line).not.toMatch(/[ \t]$/);
    expect(text).not.toMatch(/\t\t/);
    if (!/<pre/i.test(html)) expect(text).not.toMatch(/\n\n\n/);
    expect(text.length === 0 || text.endsWith("\n")).toBe(true);
  });
});
