/**
 * Character classes of the HTML front end's per-character pass: white space
 * that collapses, characters that show nothing, a lone glyph, a word of
 * symbol-font pictures.
 */

/**
 * A text whose only visible character stands alone in its element. (A text
 * node's neighbours are never text: the parser joins adjacent text.)
 */
export function isLone(data: string): boolean {
  if (data.length > 64) return false;
  const visible = data.trim();
  if (visible.length === 0 || visible.length > 2) return false;
  const cp = visible.codePointAt(0) as number;
  return visible.length === (cp > 0xffff ? 2 : 1);
}

/** Letters in a row, in a symbol font, from which a run is a word of pictures rather than a box. */
export const SYMBOL_WORD = 3;

/** White space that collapses: ASCII space and controls, no-break, en/em/thin and other Unicode spaces. */
export function isWhiteSpace(cp: number): boolean {
  if (cp <= 32) return cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 12 || cp === 11;
  if (cp < 0xa0) return false;
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Characters that show nothing: zero-width spaces and joiners, soft hyphen, byte-order mark, other controls. */
export function isInvisible(cp: number): boolean {
  return (
    cp < 32 ||
    cp === 0x7f ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff
  );
}
