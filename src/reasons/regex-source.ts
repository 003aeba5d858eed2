import { memoText } from "../core/build-memo.js";
import { foldsLikeRegExp } from "./keyword-automaton.js";

/*
 * Reading a RegExp's source for what every match of it must look like,
 * without running it: the words a match must contain (the reason coder's
 * keyword prefilter) and whether a match always starts with a word
 * character (so a phrase can open with `\b` instead of a lookbehind).
 *
 * The reading is conservative: where a part of the pattern can match text
 * that is not fixed (`\w*`, `\s+`, a wide class, an optional group), nothing
 * is required of it; the words around it are taken separately. Lookarounds,
 * anchors and `\b` match no text and need none. Words are lower case; the
 * caller compares them with the lower-cased text, so they hold for
 * case-insensitive patterns too.
 */

/**
 * What a match must contain: a word, all of several requirements, or any of
 * several. `null` stands for "nothing known": the pattern may match anywhere.
 */
export type Requirement =
  | { kind: "word"; word: string }
  | { kind: "all"; of: Requirement[] }
  | { kind: "any"; of: Requirement[] };

/**
 * The words every match of `re` must contain, as a formula:
 * `/\b(?:restat\w*|non[-\s]?reliance)\b/i` needs `restat` or `reliance`;
 * `/going\s+concern/i` needs `going` and `concern`. Null when some match
 * needs no word at all (the pattern must always run). Read anew each time:
 * the reason coder's prefilter is worked out once, in the build
 * (`row-filter.ts`).
 */
export function requiredWords(re: RegExp): Requirement | null {
  const source = re.source;
  const parser = new SourceParser(source);
  const node = parser.alternation();
  if (parser.pos !== source.length) return null;
  return requirementOf(node);
}

/** Every word a requirement mentions. */
export function wordsOf(req: Requirement, into: Set<string> = new Set()): Set<string> {
  if (req.kind === "word") into.add(req.word);
  else for (const r of req.of) wordsOf(r, into);
  return into;
}

/**
 * A requirement as a test of the words found in a text, given each word's
 * index among them: `found[idOf(word)] === 1` when the text holds it.
 */
export function compileRequirement(req: Requirement, idOf: (word: string) => number): (found: Uint8Array) => boolean {
  if (req.kind === "word") {
    const id = idOf(req.word);
    return (found) => found[id] === 1;
  }
  // the words among the parts are tested in one loop, the nested requirements after them
  const ids = Int32Array.from(req.of.filter((r) => r.kind === "word").map((r) => idOf(r.word)));
  const nested = req.of.filter((r) => r.kind !== "word").map((r) => compileRequirement(r, idOf));
  if (req.kind === "all") {
    return (found) => {
      for (let i = 0; i < ids.length; i++) if (found[ids[i] as number] !== 1) return false;
      for (const test of nested) if (!test(found)) return false;
      return true;
    };
  }
  return (found) => {
    for (let i = 0; i < ids.length; i++) if (found[ids[i] as number] === 1) return true;
    for (const test of nested) if (test(found)) return true;
    return false;
  };
}

/**
 * True when no match of `re` (a RegExp, or the source of one) can start with
 * anything but a word character (`[A-Za-z0-9_]`) and no match is empty: then
 * `\b` before the pattern means the same as `(?<!\w)`.
 */
export function startsWithWordCharacter(re: RegExp | string): boolean {
  const source = typeof re === "string" ? re : re.source;
  return memoText("starts-with-word-character", source, () => String(readStartsWithWordCharacter(source))) === "true";
}

/** {@link startsWithWordCharacter} of a source, read (not looked up). */
function readStartsWithWordCharacter(source: string): boolean {
  const parser = new SourceParser(source, false);
  const node = parser.alternation();
  if (parser.pos !== source.length) return false;
  return !node.first.other && !node.first.empty;
}

/** What the first character of a match can be. */
interface First {
  word: boolean;
  other: boolean;
  /** The piece can match the empty text (its first character is the next piece's). */
  empty: boolean;
}

/** What a piece of a pattern needs. */
interface Need {
  /** Every text the piece can match, when that is a small fixed set (lower case); else null. */
  exact: Set<string> | null;
  /** What every match of the piece contains, or null when nothing is known. */
  required: Requirement | null;
  first: First;
}

/** Largest number of fixed texts followed through concatenations and classes. */
const MAX_EXACT = 24;
/** Largest class expanded to its characters (`[sz]`, `[ie]`). */
const MAX_CLASS = 4;
/** Shorter words are not worth requiring (they occur in nearly every text). */
const MIN_WORD = 2;

const BOTH: First = { word: true, other: true, empty: false };
const NONE: First = { word: false, other: false, empty: true };
const ANY: Need = { exact: null, required: null, first: BOTH };
const EMPTY: Need = { exact: new Set([""]), required: null, first: NONE };

/** A word character first, or another one (shared: a `First` is never changed once made). */
const WORD_FIRST: First = { word: true, other: false, empty: false };
const OTHER_FIRST: First = { word: false, other: true, empty: false };

function firstOfChar(c: string): First {
  return WORD_CHARACTER.test(c) ? WORD_FIRST : OTHER_FIRST;
}

/** One character of `\w`. */
const WORD_CHARACTER = /^\w$/;

/** A set of fixed texts as a requirement: any of them (null when one is too short to be worth it). */
function anyOf(texts: Set<string>): Requirement | null {
  const words = [...texts].sort();
  if (words.length === 0 || words.some((w) => w.length < MIN_WORD || !foldsLikeRegExp(w))) return null;
  if (words.length === 1) return { kind: "word", word: words[0] as string };
  return { kind: "any", of: words.map((word) => ({ kind: "word", word })) };
}

function requirementOf(need: Need): Requirement | null {
  return (need.exact !== null ? anyOf(need.exact) : null) ?? need.required;
}

function all(list: Array<Requirement | null>): Requirement | null {
  const of: Requirement[] = [];
  for (const r of list) {
    if (r === null) continue;
    if (r.kind === "all") of.push(...r.of);
    else of.push(r);
  }
  if (of.length === 0) return null;
  return of.length === 1 ? (of[0] as Requirement) : { kind: "all", of };
}

function concat(parts: Need[]): Need {
  // `run`: the fixed texts the parts read so far can spell (their cross product)
  let run = new Set([""]);
  const required: Array<Requirement | null> = [];
  let allExact = true;
  const first: First = { word: false, other: false, empty: true };
  for (const part of parts) {
    if (first.empty) {
      first.word ||= part.first.word;
      first.other ||= part.first.other;
      first.empty = part.first.empty;
    }
    if (part.exact !== null) {
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      if (next.size <= MAX_EXACT) run = next;
      else {
        required.push(anyOf(run));
        run = new Set(part.exact);
        allExact = false;
      }
      continue;
    }
    // a part that is not fixed text ends the run: the run and the part's own needs are both required
    allExact = false;
    required.push(anyOf(run), part.required);
    run = new Set([""]);
  }
  if (allExact) return { exact: run, required: null, first };
  required.push(anyOf(run));
  return { exact: null, required: all(required), first };
}

function alternate(branches: Need[]): Need {
  let exact: Set<string> | null = new Set();
  const of: Requirement[] = [];
  let known = true;
  const first: First = { word: false, other: false, empty: false };
  for (const b of branches) {
    if (exact !== null && b.exact !== null && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s);
    else exact = null;
    const r = requirementOf(b);
    if (r === null) known = false;
    else if (r.kind === "any") of.push(...r.of);
    else of.push(r);
    first.word ||= b.first.word;
    first.other ||= b.first.other;
    first.empty ||= b.first.empty;
  }
  const required: Requirement | null = known ? (of.length === 1 ? (of[0] as Requirement) : { kind: "any", of }) : null;
  return { exact, required, first };
}

function repeat(need: Need, min: number, max: number): Need {
  const first = { ...need.first, empty: need.first.empty || min === 0 };
  if (min === 0) {
    if (max === 1 && need.exact !== null) return { exact: new Set([...need.exact, ""]), required: null, first };
    return { exact: null, required: null, first };
  }
  if (min === 1 && max === 1) return need;
  return { exact: null, required: requirementOf(need), first };
}

/**
 * A recursive-descent reader of JavaScript RegExp sources (the subset the
 * project's patterns use: groups, lookarounds, alternation, quantifiers,
 * classes, escapes). Anything it does not know reads as "any text".
 */
class SourceParser {
  pos = 0;
  /**
   * `words`: whether sequences and alternations work out their words (for
   * {@link requiredWords}); without them only what a match's first
   * character can be is read, which is all {@link startsWithWordCharacter}
   * needs and much cheaper (no cross products of fixed texts).
   */
  constructor(
    private readonly src: string,
    private readonly words = true,
  ) {}

  alternation(): Need {
    const branches = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Need;
    return this.words ? alternate(branches) : { exact: null, required: null, first: branches.map((b) => b.first).reduce(eitherFirst) };
  }

  private sequence(): Need {
    const parts: Need[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      parts.push(this.quantified(this.atom()));
    }
    if (parts.length === 0) return EMPTY;
    if (parts.length === 1) return parts[0] as Need;
    return this.words ? concat(parts) : { exact: null, required: null, first: sequenceFirst(parts) };
  }

  private quantified(need: Need): Need {
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (!m) return need;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
    } else return need;
    this.pos++;
    if (this.src[this.pos] === "?") this.pos++; // lazy
    return this.quantified(repeat(need, min, max));
  }

  private atom(): Need {
    const c = this.src[this.pos] as string;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    this.pos++;
    if (c === ".") return ANY;
    if (c === "^" || c === "$") return EMPTY;
    return { exact: this.words ? new Set([c.toLowerCase()]) : null, required: null, first: firstOfChar(c) };
  }

  private group(): Need {
    this.pos++; // (
    let zeroWidth = false;
    if (this.src.startsWith("?:", this.pos)) this.pos += 2;
    else if (this.src.startsWith("?=", this.pos) || this.src.startsWith("?!", this.pos)) {
      this.pos += 2;
      zeroWidth = true;
    } else if (this.src.startsWith("?<=", this.pos) || this.src.startsWith("?<!", this.pos)) {
      this.pos += 3;
      zeroWidth = true;
    } else if (this.src.startsWith("?<", this.pos)) {
      const close = this.src.indexOf(">", this.pos);
      this.pos = close < 0 ? this.src.length : close + 1;
    }
    const inner = this.alternation();
    if (this.src[this.pos] === ")") this.pos++;
    return zeroWidth ? EMPTY : inner;
  }

  private charClass(): Need {
    this.pos++; // [
    const negated = this.src[this.pos] === "^";
    if (negated) this.pos++;
    const chars = new Set<string>();
    let wide = negated;
    const first: First = { word: negated, other: negated, empty: false };
    while (this.pos < this.src.length && this.src[this.pos] !== "]") {
      const c = this.src[this.pos] as string;
      if (c === "\\") {
        const next = this.src[this.pos + 1] ?? "";
        this.pos += 2;
        if (next === "w" || next === "d") {
          wide = true;
          first.word = true;
        } else if (/[WSDpPux0-9cfnrtvsb]/.test(next)) {
          wide = true;
          first.word = true;
          first.other = true;
        } else {
          chars.add(next.toLowerCase());
          Object.assign(first, orFirst(first, firstOfChar(next)));
        }
        continue;
      }
      if (this.src[this.pos + 1] === "-" && this.pos + 2 < this.src.length && this.src[this.pos + 2] !== "]") {
        const to = this.src[this.pos + 2] as string;
        wide = true;
        const alnum = /[A-Za-z0-9]/;
        if (alnum.test(c) && alnum.test(to) && /[a-z]/.test(c) === /[a-z]/.test(to) && /[A-Z]/.test(c) === /[A-Z]/.test(to)) first.word = true;
        else {
          first.word = true;
          first.other = true;
        }
        this.pos += 3;
        continue;
      }
      this.pos++;
      chars.add(c.toLowerCase());
      Object.assign(first, orFirst(first, firstOfChar(c)));
    }
    this.pos++; // ]
    if (wide || chars.size === 0 || chars.size > MAX_CLASS) return { exact: null, required: null, first };
    return { exact: chars, required: null, first };
  }

  private escape(): Need {
    const next = this.src[this.pos + 1] ?? "";
    this.pos += 2;
    if (next === "b" || next === "B") return EMPTY;
    if (next === "w" || next === "d") return { exact: null, required: null, first: { word: true, other: false, empty: false } };
    if (next === "W" || next === "D" || next === "s" || next === "S") return ANY;
    if (next === "p" || next === "P" || next === "k") {
      const close = this.src.indexOf(next === "k" ? ">" : "}", this.pos);
      this.pos = close < 0 ? this.src.length : close + 1;
      return next === "k" ? { exact: null, required: null, first: { ...BOTH, empty: true } } : ANY;
    }
    if (/[1-9]/.test(next)) return { exact: null, required: null, first: { ...BOTH, empty: true } };
    if (next === "u" || next === "x") {
      const rest = this.src.slice(this.pos, this.pos + 12);
      const m = next === "x" ? /^[0-9a-fA-F]{2}/.exec(rest) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(rest);
      if (!m) return ANY;
      this.pos += m[0].length;
      const ch = String.fromCodePoint(Number.parseInt(m[0].replace(/[{}]/g, ""), 16));
      return { exact: new Set([ch.toLowerCase()]), required: null, first: firstOfChar(ch) };
    }
    if (/[nrtfv0c]/.test(next)) return { exact: null, required: null, first: { word: false, other: true, empty: false } };
    return { exact: new Set([next.toLowerCase()]), required: null, first: firstOfChar(next) };
  }
}

/** What the first character of a sequence's match can be: as `concat` reads it, without its words. */
function sequenceFirst(parts: Need[]): First {
  const first: First = { word: false, other: false, empty: true };
  for (const part of parts) {
    if (!first.empty) break;
    first.word ||= part.first.word;
    first.other ||= part.first.other;
    first.empty = part.first.empty;
  }
  return first;
}

/** What the first character of an alternation's match can be: as `alternate` reads it. */
function eitherFirst(a: First, b: First): First {
  return { word: a.word || b.word, other: a.other || b.other, empty: a.empty || b.empty };
}

function orFirst(a: First, b: First): First {
  return { word: a.word || b.word, other: a.other || b.other, empty: a.empty && b.empty };
}
