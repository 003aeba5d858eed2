/**
 * The HTML front end's helpers: CSS font reading, glyph and image
 * decisions, and lining decoded text up with its source.
 */
import { describe, expect, it } from "vitest";
import {
  familyOfFontShorthand,
  firstFamily,
  fontFromFamily,
  parseDeclarations,
  readClassFonts,
  readInlineStyle,
} from "../../src/render/css-font.js";
import { decideGlyph, decideImage } from "../../src/render/checkbox-glyphs.js";
import { alignText } from "../../src/render/entity-aligner.js";

describe("css-font", () => {
  it("reads font-family, the font shorthand and display:none from a style attribute", () => {
    expect(readInlineStyle("font: 10pt Times New Roman, Times, Serif; margin: 0")).toEqual({
      family: "Times New Roman, Times, Serif",
      hidden: false,
    });
    expect(readInlineStyle("FONT-FAMILY: 'Wingdings'; font-size:10pt").family).toBe("'Wingdings'");
    expect(readInlineStyle("font: italic bold 12px/30px Georgia, serif").family).toBe("Georgia, serif");
    expect(readInlineStyle("DISPLAY: none").hidden).toBe(true);
    expect(readInlineStyle("font-weight:700").family).toBeUndefined();
  });

  it("sees the empty font-family a broken style attribute leaves", () => {
    // style="font-family:"Wingdings"" is parsed as style="font-family:".
    expect(readInlineStyle("font-family:").family).toBe("");
    expect(fontFromFamily("")).toEqual({ family: "", cls: "empty" });
    expect(fontFromFamily("''")).toEqual({ family: "''", cls: "empty" });
  });

  it("classifies families by their first name", () => {
    expect(fontFromFamily("Wingdings")?.cls).toBe("wingdings");
    expect(fontFromFamily('"Wingdings 2", serif')?.cls).toBe("wingdings2");
    expect(fontFromFamily("WEBDINGS")?.cls).toBe("webdings");
    expect(fontFromFamily("ZapfDingbats")?.cls).toBe("zapf");
    expect(fontFromFamily("'Segoe UI Symbol', Wingdings")?.cls).toBe("text");
    expect(fontFromFamily("inherit")).toBeUndefined();
    expect(firstFamily("  'Times   New Roman' , serif")).toBe("times new roman");
  });

  it("splits declarations and finds the family after the size in the shorthand", () => {
    expect(parseDeclarations("a: 1; b :2;;c")).toEqual([
      { prop: "a", value: "1" },
      { prop: "b", value: "2" },
    ]);
    expect(familyOfFontShorthand("10pt Wingdings")).toBe("Wingdings");
    expect(familyOfFontShorthand("caption")).toBeUndefined();
  });

  it("reads one-class rules of a style sheet, inside @media too", () => {
    const fonts = readClassFonts(`/* c */ .wd{font-family:Wingdings} p.x, .y { font: 9pt "Wingdings 2" }
      div > .no { font-family: Webdings } @media print { .pr { font-family: Wingdings } } .after { font-family: Arial }`);
    expect(Object.fromEntries(fonts)).toEqual({
      wd: "Wingdings",
      x: '"Wingdings 2"',
      y: '"Wingdings 2"',
      pr: "Wingdings",
      after: "Arial",
    });
  });
});

describe("decideGlyph", () => {
  const cp = (s: string): number => s.codePointAt(0) as number;

  it("decides Unicode boxes in any font", () => {
    expect(decideGlyph(0x2612, "text", false)).toEqual({ kind: "mark", state: "checked" });
    expect(decideGlyph(0x2610, "none", false)).toEqual({ kind: "mark", state: "unchecked" });
    expect(decideGlyph(cp("✔"), "wingdings", false)).toEqual({ kind: "mark", state: "checked" });
    expect(decideGlyph(cp("❏"), "text", false)).toEqual({ kind: "mark", state: "unchecked" });
    expect(decideGlyph(cp("🗹"), "text", false)).toEqual({ kind: "mark", state: "checked" });
    expect(decideGlyph(cp("a"), "text", true)).toBeNull();
  });

  it("reads Wingdings letters only in Wingdings", () => {
    expect(decideGlyph(cp("þ"), "wingdings", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(cp("ý"), "wingdings", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(cp("x"), "wingdings", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(cp("¨"), "wingdings", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(cp("o"), "wingdings", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(cp("q"), "wingdings", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(cp("o"), "text", true)).toBeNull();
    expect(decideGlyph(cp("x"), "none", true)).toBeNull();
    expect(decideGlyph(cp("l"), "wingdings", false)).toEqual({ kind: "symbol", text: "●" });
    expect(decideGlyph(cp("F"), "wingdings", false)).toMatchObject({ state: "unreadable", ruleId: "html-glyph-unknown" });
  });

  it("reads the Wingdings 2, Webdings and Zapf Dingbats charts", () => {
    for (const c of "TQRSOP") expect(decideGlyph(cp(c), "wingdings2", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(cp("£"), "wingdings2", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(cp("þ"), "wingdings2", false)).toMatchObject({ state: "unreadable" });
    expect(decideGlyph(cp("a"), "webdings", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(cp("c"), "webdings", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(cp("4"), "zapf", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(cp("o"), "zapf", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(0x20, "wingdings", false)).toEqual({ kind: "space" });
  });

  it("reads private-use forms as Wingdings unless another symbol font is in effect", () => {
    for (const c of [0xf0fe, 0xf0fd, 0xf078]) expect(decideGlyph(c, "none", false)).toMatchObject({ state: "checked" });
    for (const c of [0xf0a8, 0xf06f, 0xf071]) expect(decideGlyph(c, "text", false)).toMatchObject({ state: "unchecked" });
    expect(decideGlyph(0xf054, "wingdings2", false)).toMatchObject({ state: "checked" });
    expect(decideGlyph(0xf0a3, "wingdings2", false)).toMatchObject({ state: "unchecked" });
  });

  it("decides lone letters in an empty (broken) font from context, and never guesses o or x", () => {
    expect(decideGlyph(cp("þ"), "empty", true)).toEqual({ kind: "mark", state: "checked" });
    expect(decideGlyph(cp("¨"), "empty", true)).toEqual({ kind: "mark", state: "unchecked" });
    expect(decideGlyph(cp("o"), "empty", true)).toMatchObject({ state: "unreadable", ruleId: "html-glyph-unknown" });
    expect(decideGlyph(cp("x"), "empty", true)).toMatchObject({ state: "unreadable", ruleId: "html-glyph-unknown" });
    expect(decideGlyph(cp("x"), "empty", false)).toBeNull();
    expect(decideGlyph(cp("A"), "empty", true)).toBeNull();
  });

  it("reads a lone þ without a Wingdings font as a box, with a note", () => {
    expect(decideGlyph(cp("þ"), "none", true)).toMatchObject({ state: "checked", ruleId: "html-glyph-font-inferred" });
    expect(decideGlyph(cp("þ"), "text", false)).toBeNull();
  });
});

describe("decideImage", () => {
  it.each([
    ["checked", "a.gif", "checked"],
    ["", "/img/checkbox-checked.gif", "checked"],
    ["", "box_x.png", "checked"],
    ["Checkmark", "", "checked"],
    ["unchecked", "a.gif", "unchecked"],
    ["empty box", "a.gif", "unchecked"],
    ["", "box_empty.png", "unchecked"],
    ["", "checkbox-unchecked.gif", "unchecked"],
    ["check box", "checkbox.gif", "unreadable"],
  ])("alt %j, src %j → %s", (alt, src, state) => {
    expect(decideImage(alt, src)).toMatchObject({ kind: "mark", state });
  });

  it.each([
    ["Company logo", "logo.jpg"],
    ["", "blank.gif"],
    ["", "images/spacer.gif"],
  ])("alt %j, src %j is no checkbox", (alt, src) => {
    expect(decideImage(alt, src)).toEqual({ kind: "none" });
  });
});

describe("alignText", () => {
  it("keeps verbatim runs literal and maps each reference to its &", () => {
    const raw = "AT&amp;T&nbsp;x &#9746;y";
    const data = "AT&T\u00a0x \u2612y";
    expect(alignText(raw, data, 100)).toEqual([
      { text: "AT", src: 100, rawLength: 2, literal: true },
      { text: "&", src: 102, rawLength: 5, literal: false },
      { text: "T", src: 107, rawLength: 1, literal: true },
      { text: "\u00a0", src: 108, rawLength: 6, literal: false },
      { text: "x ", src: 114, rawLength: 2, literal: true },
      { text: "\u2612", src: 116, rawLength: 7, literal: false },
      { text: "y", src: 123, rawLength: 1, literal: true },
    ]);
  });

  it("handles references without semicolons and bare ampersands", () => {
    const pieces = alignText("&copy2001 & &bogus; &amp", "©2001 & &bogus; &", 0);
    expect(pieces.map((p) => p.text).join("")).toBe("©2001 & &bogus; &");
    expect(pieces.every((p) => p.literal || p.text.length <= 6)).toBe(true);
  });

  it("maps what it cannot line up to where it stopped", () => {
    expect(alignText("abc", "xyz", 5)).toEqual([{ text: "xyz", src: 5, rawLength: 3, literal: false }]);
  });
});
