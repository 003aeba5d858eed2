/**
 * Just enough CSS to know which font a checkbox glyph is drawn in and
 * whether an element is hidden: inline `style` declarations, the `font`
 * shorthand, `<font face>` and one-class rules of `<style>` sheets.
 * Hand-written scanners (indexOf loops), linear in their input.
 */
import { CSS_CLASS_SELECTOR, CSS_FONT_SIZE_TOKEN } from "./render-patterns.js";

/** How a font family list decides the meaning of letters drawn in it. */
export type FontClass =
  /** No font declared anywhere up the tree. */
  | "none"
  /** A font-family declared but empty: `style="font-family:"Wingdings""` breaks its own quotes (fixtures/html/glyph-broken-style.html). */
  | "empty"
  /** An ordinary text font: letters are letters. */
  | "text"
  | "wingdings"
  | "wingdings2"
  | "webdings"
  | "zapf";

/** The font in effect for an element. */
export interface FontState {
  /** Family list as written (trimmed), "" when declared empty, null when none is declared. */
  family: string | null;
  /** Its meaning for glyph decoding. */
  cls: FontClass;
}

/** The font in effect at the root of a document. */
export const NO_FONT: FontState = { family: null, cls: "none" };

/** Family names (lower case, quotes removed, single spaces) of the symbol fonts the front end decodes. */
const SYMBOL_FAMILIES: ReadonlyMap<string, FontClass> = new Map<string, FontClass>([
  ["wingdings", "wingdings"],
  ["wingdings 1", "wingdings"],
  ["wingdings 2", "wingdings2"],
  ["wingdings2", "wingdings2"],
  ["webdings", "webdings"],
  ["zapf dingbats", "zapf"],
  ["zapfdingbats", "zapf"],
  ["itc zapf dingbats", "zapf"],
  ["zapf dingbats itc", "zapf"],
  ["dingbats", "zapf"],
]);

/** CSS keywords that mean "the parent's font" rather than a family. */
const INHERIT_KEYWORDS: ReadonlySet<string> = new Set(["inherit", "initial", "unset", "revert", "revert-layer"]);

/** The first family of a list, normalised: lower case, quotes and `!important` removed, spaces collapsed. */
export function firstFamily(list: string): string {
  let first = list;
  const comma = first.indexOf(",");
  if (comma >= 0) first = first.slice(0, comma);
  const bang = first.indexOf("!");
  if (bang >= 0) first = first.slice(0, bang);
  let out = "";
  let space = false;
  for (const ch of first.trim().toLowerCase()) {
    if (ch === '"' || ch === "'") continue;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += ch;
  }
  return out;
}

/**
 * The font state a declared family list gives, or undefined when the value
 * means "inherit".
 */
export function fontFromFamily(list: string): FontState | undefined {
  const name = firstFamily(list);
  if (INHERIT_KEYWORDS.has(name)) return undefined;
  const family = list.trim();
  if (name === "") return { family, cls: "empty" };
  return { family, cls: SYMBOL_FAMILIES.get(name) ?? "text" };
}

/** One `property: value` pair of a declaration block. */
export interface CssDeclaration {
  /** Lower-case property name. */
  prop: string;
  /** Value as written, trimmed. */
  value: string;
}

/** Splits a declaration block (`style` attribute or rule body) into declarations, in order. */
export function parseDeclarations(block: string): CssDeclaration[] {
  const out: CssDeclaration[] = [];
  let start = 0;
  while (start <= block.length) {
    let end = block.indexOf(";", start);
    if (end < 0) end = block.length;
    const colon = block.indexOf(":", start);
    if (colon >= 0 && colon < end) {
      const prop = block.slice(start, colon).trim().toLowerCase();
      if (prop) out.push({ prop, value: block.slice(colon + 1, end).trim() });
    }
    start = end + 1;
  }
  return out;
}

/**
 * The family list of a `font` shorthand value (`10pt Times New Roman, Times, Serif`
 * → `Times New Roman, Times, Serif`), or undefined when it names none.
 */
export function familyOfFontShorthand(value: string): string | undefined {
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && isSpace(value.charCodeAt(i))) i++;
    const start = i;
    // A token ends at white space; quoted family names never come before the size.
    while (i < n && !isSpace(value.charCodeAt(i))) i++;
    if (start === i) break;
    const token = value.slice(start, i);
    if (CSS_FONT_SIZE_TOKEN.test(token)) {
      const rest = value.slice(i).trim();
      return rest.length > 0 ? rest : undefined;
    }
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** What an element's own `style` attribute says about fonts and visibility. */
export interface InlineStyle {
  /** The family list it declares last (`font-family` or `font`), undefined when none. */
  family?: string;
  /** `display: none`. */
  hidden: boolean;
}

/** Reads the parts of a `style` attribute the front end uses. */
export function readInlineStyle(style: string): InlineStyle {
  const result: InlineStyle = { hidden: false };
  for (const { prop, value } of parseDeclarations(style)) {
    if (prop === "font-family") result.family = value;
    else if (prop === "font") {
      const family = familyOfFontShorthand(value);
      if (family !== undefined) result.family = family;
    } else if (prop === "display" && value.toLowerCase().startsWith("none")) result.hidden = true;
  }
  return result;
}

/**
 * Fonts that `<style>` sheets give to single classes (`.wd { font-family: Wingdings }`).
 * Only one-class selectors are read; a later rule wins over an earlier one.
 */
export function readClassFonts(sheet: string, into: Map<string, string> = new Map()): Map<string, string> {
  const css = stripComments(sheet);
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("{", i);
    if (open < 0) break;
    const close = css.indexOf("}", open);
    if (close < 0) break;
    const body = css.slice(open + 1, close);
    const nested = body.indexOf("{");
    if (nested >= 0) {
      // `@media print { .a { … } }`: step inside the at-rule and read its rules.
      i = open + 1;
      continue;
    }
    // Selectors start after the last "}" (the end of an enclosing at-rule).
    let selectors = css.slice(i, open);
    const brace = selectors.lastIndexOf("}");
    if (brace >= 0) selectors = selectors.slice(brace + 1);
    i = close + 1;
    let family: string | undefined;
    for (const { prop, value } of parseDeclarations(body)) {
      if (prop === "font-family") family = value;
      else if (prop === "font") family = familyOfFontShorthand(value) ?? family;
    }
    if (family === undefined) continue;
    for (const selector of selectors.split(",")) {
      const m = CSS_CLASS_SELECTOR.exec(selector.trim());
      const cls = m?.groups?.["cls"];
      if (cls) into.set(cls, family);
    }
  }
  return into;
}

function stripComments(css: string): string {
  if (css.indexOf("/*") < 0) return css;
  let out = "";
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("/*", i);
    if (open < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, open);
    const close = css.indexOf("*/", open + 2);
    if (close < 0) break;
    i = close + 2;
  }
  return out;
}
