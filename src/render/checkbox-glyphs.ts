/**
 * Decides whether a character (in the font it is drawn in) or an image is a
 * checkbox, and what it says. Never guesses: a box whose state cannot be
 * read is "unreadable" and carries a warning.
 */
import type { FontClass } from "./css-font.js";
import type { MarkState } from "./html-text-types.js";
import { chartOf, WINGDINGS, type SymbolFontChart } from "./symbol-fonts.js";
import type { RuleId } from "../core/rules/index.js";
import { IMG_BOX_WORD, IMG_CHECKED_STRONG, IMG_EMPTY_WORD, IMG_MARKED_WORD, IMG_UNCHECKED_STRONG } from "./render-patterns.js";

/** Unicode boxes and ticks that say "marked" in any font. */
const UNICODE_CHECKED: ReadonlySet<number> = new Set([
  0x2612, // ☒ ballot box with X
  0x2611, // ☑ ballot box with check
  0x2713, // ✓
  0x2714, // ✔
  0x2717, // ✗
  0x2718, // ✘
  0x25a0, // ■
  0x2b1b, // ⬛
  0x2327, // ⌧
  0x2bbd, // ⮽ ballot box with light X
  0x1f5f4, // 🗴
  0x1f5f5, // 🗵
  0x1f5f6, // 🗶
  0x1f5f7, // 🗷
  0x1f5f8, // 🗸
  0x1f5f9, // 🗹
]);

/** Unicode boxes that say "empty" in any font. */
const UNICODE_UNCHECKED: ReadonlySet<number> = new Set([
  0x2610, // ☐ ballot box
  0x25a1, // □
  0x25a2, // ▢
  0x25fb, // ◻
  0x2b1c, // ⬜
  0x274f, // ❏
  0x2750, // ❐
  0x2751, // ❑
  0x2752, // ❒
  0x1f790, // 🞐
]);

/** Word's private-use range for symbol-font characters (U+F020–U+F0FF = code + 0xF000). */
const PRIVATE_USE_FIRST = 0xf020;
const PRIVATE_USE_LAST = 0xf0ff;

/**
 * Latin-1 letters that, alone in their element, are Wingdings boxes even
 * when no font is readable: no English text has a lone thorn or diaeresis.
 */
const LONE_WINGDINGS_BOXES: ReadonlyMap<number, MarkState> = new Map<number, MarkState>([
  [0xfe, "checked"], // þ
  [0xfd, "checked"], // ý
  [0xa8, "unchecked"], // ¨
]);

/** What to do with one character of a text node. */
export type GlyphDecision =
  /** A checkbox: write a canonical mark. `ruleId` names the warning or note that goes with it. */
  | { kind: "mark"; state: MarkState; ruleId?: RuleId; why?: string }
  /** A picture of a symbol font that is not a box: write this text instead. */
  | { kind: "symbol"; text: string }
  /** A space drawn in a symbol font. */
  | { kind: "space" };

/**
 * Decides a character `cp` drawn in a font of class `font`. `lone` says the
 * character is alone in its element (surrounding white space aside).
 * Returns null for an ordinary character that stays as it is.
 */
export function decideGlyph(cp: number, font: FontClass, lone: boolean): GlyphDecision | null {
  if (UNICODE_CHECKED.has(cp)) return { kind: "mark", state: "checked" };
  if (UNICODE_UNCHECKED.has(cp)) return { kind: "mark", state: "unchecked" };
  if (cp >= PRIVATE_USE_FIRST && cp <= PRIVATE_USE_LAST) {
    // Word writes symbol-font characters as U+F0xx; without a symbol font in effect, they are Wingdings.
    return fromChart(chartOf(font) ?? WINGDINGS, cp - 0xf000, font);
  }
  const chart = chartOf(font);
  if (chart) return cp <= 0xff ? fromChart(chart, cp, font) : null;
  if (!lone) return null;
  const lonely = LONE_WINGDINGS_BOXES.get(cp);
  if (font === "empty") {
    if (lonely) return { kind: "mark", state: lonely };
    if (WINGDINGS.boxes.has(cp)) {
      return {
        kind: "mark",
        state: "unreadable",
        ruleId: "html-glyph-unknown",
        why: `a lone "${String.fromCodePoint(cp)}" in an element whose font-family is empty: a Wingdings box or a letter`,
      };
    }
    return null;
  }
  if (lonely) {
    return {
      kind: "mark",
      state: lonely,
      ruleId: "html-glyph-font-inferred",
      why: `a lone "${String.fromCodePoint(cp)}" read as a Wingdings box (font in effect: ${font})`,
    };
  }
  return null;
}

function fromChart(chart: SymbolFontChart, code: number, font: FontClass): GlyphDecision {
  if (code === 0x20 || code === 0xa0) return { kind: "space" };
  const box = chart.boxes.get(code);
  if (box) return { kind: "mark", state: box };
  const symbol = chart.symbols.get(code);
  if (symbol) return { kind: "symbol", text: symbol };
  return {
    kind: "mark",
    state: "unreadable",
    ruleId: "html-glyph-unknown",
    why: `code 0x${code.toString(16).toUpperCase().padStart(2, "0")} of a ${font === "none" || font === "text" || font === "empty" ? "Wingdings (private-use)" : font} font is not a known box`,
  };
}

/** What an `<img>` is. */
export type ImageDecision =
  | { kind: "mark"; state: MarkState; ruleId?: RuleId; why?: string }
  /** Not a checkbox (a logo, a spacer): contributes nothing to the text. */
  | { kind: "none" };

/**
 * Decides an `<img>` from its `alt` text and file name: "unchecked",
 * "empty box" → unchecked; "checked", "checkbox-checked", "box_x" → checked;
 * a box it cannot read → unreadable with a warning; anything else is no box.
 */
export function decideImage(alt: string, src: string): ImageDecision {
  const file = baseName(src);
  for (const text of [alt, file]) {
    if (!text) continue;
    const boxy = IMG_BOX_WORD.test(text);
    if (IMG_UNCHECKED_STRONG.test(text)) return { kind: "mark", state: "unchecked" };
    if (boxy && IMG_EMPTY_WORD.test(text)) return { kind: "mark", state: "unchecked" };
    if (IMG_CHECKED_STRONG.test(text)) return { kind: "mark", state: "checked" };
    if (boxy && IMG_MARKED_WORD.test(text)) return { kind: "mark", state: "checked" };
  }
  if (IMG_BOX_WORD.test(alt) || IMG_BOX_WORD.test(file)) {
    return {
      kind: "mark",
      state: "unreadable",
      ruleId: "html-glyph-unknown",
      why: `a checkbox image whose alt text and file name do not say its state (alt "${alt}", file "${file}")`,
    };
  }
  return { kind: "none" };
}

function baseName(src: string): string {
  let end = src.length;
  for (const stop of ["?", "#"]) {
    const at = src.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  const path = src.slice(0, end);
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1);
}
