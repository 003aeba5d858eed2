/**
 * How far past the place it starts from a lookahead of a RegExp's source
 * can read, counted in characters that are not blanks (`\s`): a run of
 * blanks costs nothing, as `\s+` reads it to the next other character
 * whatever its length. Read from the source without running it.
 *
 * `classify-reasons.ts` scans a row's phrase within a sentence over the
 * text cut a little after the sentence's end: a match ending by the
 * sentence's end, and every assertion on its path, then read nothing past
 * the cut (see `cutAfter`).
 *
 * Conservative: what it does not know (a backreference, a quantified piece
 * that reads other characters without bound, text that only looks like a
 * lookahead inside a class) makes it null.
 */
export function lookaheadReach(source: string): number | null {
  let reach = 0;
  for (const m of source.matchAll(LOOKAHEAD_OPENING)) {
    // an opening escaped by an odd number of backslashes is text, `\(?=`
    let slashes = 0;
    for (let i = m.index - 1; i >= 0 && source[i] === "\\"; i--) slashes++;
    if (slashes % 2 === 1) continue;
    const reader = new BodyReader(source, m.index + m[0].length);
    const body = reader.alternation();
    if (body === null || source[reader.pos] !== ")") return null;
    reach = Math.max(reach, body);
  }
  return reach;
}

/**
 * Where to cut `text` so that everything a pattern whose lookaheads reach
 * `reach` (at least 1) reads for a match ending by `end` lies before the
 * cut: just before the (`reach` + 1)-th character at or after `end` that is
 * not a blank (the text's length when there are fewer). A match's own `\b`
 * or `(?!\w)` at its end reads one character there.
 */
export function cutAfter(text: string, end: number, reach: number): number {
  let others = 0;
  for (let i = end; i < text.length; i++) {
    if (isBlank(text.charCodeAt(i))) continue;
    if (++others > Math.max(1, reach)) return i;
  }
  return text.length;
}

/** Whether a character is one `\s` matches (JavaScript's white space and line terminators). */
function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LOOKAHEAD_OPENING = /\(\?[=!]/g;

/**
 * Reads a lookahead's body: the most characters other than blanks a path
 * through it can read, or null. A character, class or escape reads one (a
 * blank costs nothing, but the reader cannot tell, so one); `\s+` and `\s*`
 * read blanks and the one character that ends them; `\b`, `^` and `$` look
 * at one; a lookbehind reads only what lies before; a nested lookahead adds
 * its own reach.
 */
class BodyReader {
  constructor(
    private readonly src: string,
    public pos: number,
  ) {}

  alternation(): number | null {
    let most = this.sequence();
    while (most !== null && this.src[this.pos] === "|") {
      this.pos++;
      const next = this.sequence();
      most = next === null ? null : Math.max(most, next);
    }
    return most;
  }

  private sequence(): number | null {
    let sum = 0;
    while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      const blankRun = this.src.startsWith("\\s", this.pos);
      const one = this.atom();
      if (one === null) return null;
      const times = this.quantifier();
      if (times === null) return null;
      // `\s+`, `\s*`: any number of blanks, then the one character that ends the run
      if (times === Infinity) {
        if (!blankRun) return null;
        sum += 1;
      } else sum += one * times;
    }
    return sum;
  }

  /** The largest count of a quantifier at `pos` (1 when there is none), or null when unreadable. */
  private quantifier(): number | null {
    const c = this.src[this.pos];
    let most = 1;
    if (c === "?") most = 1;
    else if (c === "*" || c === "+") most = Infinity;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (!m) return null;
      most = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
    } else return 1;
    this.pos++;
    if (this.src[this.pos] === "?") this.pos++; // lazy
    return most;
  }

  private atom(): number | null {
    const c = this.src[this.pos];
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") {
      const next = this.src[this.pos + 1] ?? "";
      this.pos += 2;
      if (/[1-9kcuxp]/i.test(next)) return null; // backreferences, escapes spelled over several characters
      return 1;
    }
    if (c === undefined || c === "*" || c === "+" || c === "?" || c === "{" || c === "]" || c === "}") return null;
    this.pos++;
    return 1; // a character, `.`, `^`, `$`
  }

  private group(): number | null {
    this.pos++; // (
    let behind = false;
    if (this.src.startsWith("?:", this.pos) || this.src.startsWith("?=", this.pos) || this.src.startsWith("?!", this.pos)) this.pos += 2;
    else if (this.src.startsWith("?<=", this.pos) || this.src.startsWith("?<!", this.pos)) {
      this.pos += 3;
      behind = true;
    } else if (this.src.startsWith("?", this.pos)) return null; // named groups and the rest: not read
    const inner = this.alternation();
    if (inner === null || this.src[this.pos] !== ")") return null;
    this.pos++;
    return behind ? 0 : inner;
  }

  private charClass(): number | null {
    this.pos++; // [
    while (this.pos < this.src.length && this.src[this.pos] !== "]") this.pos += this.src[this.pos] === "\\" ? 2 : 1;
    if (this.src[this.pos] !== "]") return null;
    this.pos++;
    return 1;
  }
}
