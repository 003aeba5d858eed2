/**
 * The checkbox glyphs of the symbol fonts filers draw boxes with. A symbol
 * font shows a picture in place of a Latin-1 letter: Wingdings `þ` (0xFE) is
 * a ballot box with a check, `¨` (0xA8) an empty square. Only codes whose
 * picture is known are listed; any other letter drawn in a symbol font is a
 * picture the front end cannot read (an UNREADABLE mark with a warning).
 *
 * Code charts: Microsoft's Wingdings, Wingdings 2 and Webdings as mapped to
 * Unicode 7.0 (UTC L2/12-368), Adobe's ZapfDingbats encoding.
 */
import type { FontClass } from "./css-font.js";

/** State of a box glyph. */
export type BoxState = "checked" | "unchecked";

/** What a code of a symbol font draws. */
export interface SymbolFontChart {
  /** Codes that draw a box or a tick, with what they say. */
  boxes: ReadonlyMap<number, BoxState>;
  /** Codes that draw something else the text can show (list bullets), with a Unicode equivalent. */
  symbols: ReadonlyMap<number, string>;
}

/** Wingdings. */
export const WINGDINGS: SymbolFontChart = {
  boxes: new Map<number, BoxState>([
    [0x6e, "checked"], // n ■ black square
    [0x6f, "unchecked"], // o □ white square
    [0x70, "unchecked"], // p 🞐 bold white square
    [0x71, "unchecked"], // q ❑ lower right shadowed white square
    [0x72, "unchecked"], // r ❒ upper right shadowed white square
    [0x78, "checked"], // x ⌧ X in a rectangle box
    [0xa8, "unchecked"], // ¨ ◻ white medium square
    [0xfb, "checked"], // û 🗶 ballot bold script X
    [0xfc, "checked"], // ü ✔ heavy check mark
    [0xfd, "checked"], // ý 🗷 ballot box with bold script X
    [0xfe, "checked"], // þ 🗹 ballot box with bold check
  ]),
  symbols: new Map<number, string>([
    [0x6c, "\u25CF"], // l ● bullet
    [0x73, "\u2B27"], // s ⬧
    [0x74, "\u29EB"], // t ⧫
    [0x75, "\u25C6"], // u ◆
    [0x76, "\u2756"], // v ❖
    [0x77, "\u2B25"], // w ⬥
    [0x9e, "\u00B7"], // ·
    [0x9f, "\u2022"], // •
    [0xa0, "\u25AA"], // ▪
    [0xa7, "\u25AA"], // § ▪ (Word's square bullet)
    [0xd8, "\u2B9A"], // Ø ⮚ (Word's arrow bullet)
  ]),
};

/** Wingdings 2. */
const WINGDINGS_2: SymbolFontChart = {
  boxes: new Map<number, BoxState>([
    [0x4f, "checked"], // O 🗴 ballot script X
    [0x50, "checked"], // P ✓ check mark
    [0x51, "checked"], // Q 🗵 ballot box with script X
    [0x52, "checked"], // R ☑ ballot box with check
    [0x53, "checked"], // S ☒ ballot box with X
    [0x54, "checked"], // T ☒ ballot box with bold X
    [0xa2, "checked"], // ¢ ⬛ black large square
    [0xa3, "unchecked"], // £ ⬜ white large square
  ]),
  symbols: new Map<number, string>([
    [0x95, "\u2022"], // •
    [0x96, "\u25CF"], // ●
    [0x97, "\u26AB"], // ⚫
  ]),
};

/** Webdings. */
const WEBDINGS: SymbolFontChart = {
  boxes: new Map<number, BoxState>([
    [0x61, "checked"], // a ✔ heavy check mark
    [0x63, "unchecked"], // c □ white square
    [0x67, "checked"], // g ■ black square
    [0x72, "checked"], // r 🗙 cancellation X
  ]),
  symbols: new Map<number, string>([[0x6e, "\u26AB"]]), // n ⚫
};

/** ITC Zapf Dingbats (Adobe encoding). */
const ZAPF_DINGBATS: SymbolFontChart = {
  boxes: new Map<number, BoxState>([
    [0x33, "checked"], // 3 ✓
    [0x34, "checked"], // 4 ✔
    [0x35, "checked"], // 5 ✕
    [0x36, "checked"], // 6 ✖
    [0x37, "checked"], // 7 ✗
    [0x38, "checked"], // 8 ✘
    [0x6e, "checked"], // n ■
    [0x6f, "unchecked"], // o ❏
    [0x70, "unchecked"], // p ❐
    [0x71, "unchecked"], // q ❑
    [0x72, "unchecked"], // r ❒
  ]),
  symbols: new Map<number, string>([
    [0x6c, "\u25CF"], // l ●
    [0x75, "\u25C6"], // u ◆
    [0x76, "\u2756"], // v ❖
  ]),
};

/** The chart of a font class, or null for fonts that draw letters as letters. */
export function chartOf(cls: FontClass): SymbolFontChart | null {
  switch (cls) {
    case "wingdings":
      return WINGDINGS;
    case "wingdings2":
      return WINGDINGS_2;
    case "webdings":
      return WEBDINGS;
    case "zapf":
      return ZAPF_DINGBATS;
    default:
      return null;
  }
}
