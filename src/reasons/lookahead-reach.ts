/**
 * Whether every lookahead of a RegExp's source reads one character at most
 * (`(?!\w)`, `(?=[,;])`), read from the source without running it; true
 * when there is none. Then a match ending at `e`, and every assertion its
 * path made, read nothing at or past `e + 1`: running the pattern over
 * `text.slice(0, e + 1)` finds it as over the whole text
 * (`classify-reasons.ts`, the scan of a row's phrase within a sentence).
 *
 * Conservative: a lookahead whose body is anything but one character, one
 * escape or one class with no quantifier makes it false, and so may text
 * that only looks like a lookahead (inside a class).
 */
export function lookaheadsReadOneCharacter(source: string): boolean {
  for (const m of source.matchAll(LOOKAHEAD_OPENING)) {
    const at = m.index + m[0].length;
    // an opening escaped by an odd number of backslashes is text, `\(?=`
    let slashes = 0;
    for (let i = m.index - 1; i >= 0 && source[i] === "\\"; i--) slashes++;
    if (slashes % 2 === 1) continue;
    if (!ONE_CHARACTER_BODY.test(source.slice(at, at + MAX_BODY))) return false;
  }
  return true;
}

const LOOKAHEAD_OPENING = /\(\?[=!]/g;

/** A lookahead body that reads one character: a character, an escape, or a class, then the group's end. */
const ONE_CHARACTER_BODY = /^(?:[^\\()[\]{}|*+?^$]|\\[^\dbBkcux]|\[(?:[^\\\]]|\\[^bcux\d])*\])\)/;

/** Longest body looked at (a longer one is taken as reading more). */
const MAX_BODY = 64;
