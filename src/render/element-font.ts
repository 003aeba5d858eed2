/**
 * The font in effect inside an element and whether it is hidden, from its
 * attributes and the fonts style sheets give classes. Filings repeat a few
 * dozen `style` strings over hundreds of elements, so each distinct string
 * (and each distinct family list) is read once and remembered.
 */
import { fontFromFamily, readInlineStyle, type FontState, type InlineStyle } from "./css-font.js";

/** The font in effect for an element, and where the element that declared it starts (for warnings). */
export interface ElementFont extends FontState {
  /** Offset of the start tag that declared the font; undefined for the document's default. */
  declaredAt?: number;
}

/** Bound on each memo (shared across documents); a full memo starts over. */
const MEMO_LIMIT = 4096;
const styles = new Map<string, Readonly<InlineStyle>>();
const families = new Map<string, FontState | null>();

/** What a `style` attribute says about fonts and visibility, read once per distinct string. */
export function styleOf(style: string): Readonly<InlineStyle> {
  const known = styles.get(style);
  if (known !== undefined) return known;
  const read = readInlineStyle(style);
  if (styles.size >= MEMO_LIMIT) styles.clear();
  styles.set(style, read);
  return read;
}

/** The font state of a declared family list (null when it means "inherit"), read once per distinct list. */
function familyFont(list: string): FontState | null {
  const known = families.get(list);
  if (known !== undefined) return known;
  const font = fontFromFamily(list) ?? null;
  if (families.size >= MEMO_LIMIT) families.clear();
  families.set(list, font);
  return font;
}

/**
 * The font in effect inside element `name` starting at `start`: `<font face>`,
 * then a style-sheet class (`classFonts`), then the `style` attribute, else
 * the `inherited` one.
 */
export function elementFont(
  name: string,
  attribs: Record<string, string>,
  style: Readonly<InlineStyle> | null,
  classFonts: ReadonlyMap<string, string>,
  inherited: ElementFont,
  start: number,
): ElementFont {
  let family: string | undefined;
  if (name === "font" && attribs["face"] !== undefined) family = attribs["face"];
  const classes = attribs["class"];
  if (classes && classFonts.size > 0) {
    for (const cls of classes.split(" ")) {
      const classFamily = cls ? classFonts.get(cls) : undefined;
      if (classFamily !== undefined) family = classFamily;
    }
  }
  if (style?.family !== undefined) family = style.family;
  if (family === undefined) return inherited;
  const font = familyFont(family);
  return font ? { family: font.family, cls: font.cls, declaredAt: start } : inherited;
}
