/**
 * The token stream between the DOM walk and the final text: words, marks
 * and breaks of different strength. Breaks are resolved lazily (the
 * strongest pending one is written just before the next word), so lines
 * never start or end with spaces and empty blocks leave no blank lines.
 */
import { bodyOffset } from "../core/body-offset.js";
import { DerivedTextBuilder } from "../core/derived-text.js";
import { derivedOffset } from "../core/derived-offset.js";
import { CHECKED, UNCHECKED, UNREADABLE } from "../core/marks.js";
import type { MarkInfo } from "./html-text-types.js";

/** Break strength of a space. */
export const SPACE = 1;
/** Break strength of a cell separator (a tab). */
const TAB = 2;
/** Break strength of a line end. */
export const LINE = 3;
/** Break strength of a paragraph break (a blank line). */
export const PARA = 4;

/** Words (or parts of words) copied from the source. */
export interface TextTok {
  t: "text";
  s: string;
  src: number;
  literal: boolean;
}
/** A checkbox; its MarkInfo gets its offset when written. */
export interface MarkTok {
  t: "mark";
  info: MarkInfo;
}
/** A soft break: the strongest pending one is written before the next word. */
export interface BreakTok {
  t: "brk";
  level: typeof SPACE | typeof TAB | typeof LINE | typeof PARA;
}
/** `<br>`: a line end; two in a row make a blank line. */
export interface BrTok {
  t: "br";
}
/** A line end inside `<pre>`: never merged with its neighbours, blank lines kept. */
export interface HardLineTok {
  t: "nl";
}
/** After a block holding only a checkbox: the next word follows on the same line after one space. */
export interface GlueTok {
  t: "glue";
}
/** Spaces inside `<pre>`: written only when a word follows on the same line. */
export interface PreSpaceTok {
  t: "prespace";
  s: string;
  src: number;
}

/** One token. */
export type Tok = TextTok | MarkTok | BreakTok | BrTok | HardLineTok | GlueTok | PreSpaceTok;

/** Shared break tokens (they carry no data, so one object each serves everywhere). */
export const BREAK: Readonly<Record<1 | 2 | 3 | 4, BreakTok>> = {
  1: { t: "brk", level: SPACE },
  2: { t: "brk", level: TAB },
  3: { t: "brk", level: LINE },
  4: { t: "brk", level: PARA },
};
/** The `<br>` token. */
export const BR: BrTok = { t: "br" };
/** The line-end-inside-`<pre>` token. */
export const HARD_LINE: HardLineTok = { t: "nl" };
/** The token after a block holding only a checkbox. */
export const GLUE: GlueTok = { t: "glue" };

/** True for words and marks (what makes a block or a cell non-empty). */
function isContent(tok: Tok): tok is TextTok | MarkTok {
  return tok.t === "text" || tok.t === "mark";
}

/** The tokens of one table cell. */
export interface Cell {
  toks: Tok[];
  /** A table sits inside this cell: its lines must survive. */
  nested: boolean;
}

/**
 * Appends one table row to `out`:
 * - empty cells vanish;
 * - a row with one non-empty cell (or with a nested table) keeps the cells' own line structure;
 * - otherwise each cell is one line piece (inner breaks become spaces) and cells are
 *   separated by a tab, except that a cell holding only a checkbox joins its label
 *   with a space: the following cell, or the preceding one when the row ends in a
 *   checkbox ("Yes | ☒ | No | ☐" → "Yes ☒\tNo ☐");
 * - the row ends with a line end.
 */
export function appendRow(out: Tok[], cells: Cell[]): void {
  const filled: { cell: Cell; glyphOnly: boolean }[] = [];
  for (const cell of cells) {
    let marks = 0;
    let texts = 0;
    for (const tok of cell.toks) {
      if (tok.t === "mark") marks++;
      else if (tok.t === "text") texts++;
    }
    if (marks + texts > 0) filled.push({ cell, glyphOnly: marks === 1 && texts === 0 });
  }
  if (filled.length === 0) return;
  if (filled.length === 1 || filled.some((f) => f.cell.nested)) {
    filled.forEach((f, i) => {
      if (i > 0) out.push(BREAK[LINE]);
      appendTrimmed(out, f.cell.toks, false);
    });
  } else {
    const backward = filled[filled.length - 1]?.glyphOnly === true;
    filled.forEach((f, i) => {
      if (i > 0) {
        const joinsLabel = backward ? f.glyphOnly : filled[i - 1]?.glyphOnly === true;
        out.push(BREAK[joinsLabel ? SPACE : TAB]);
      }
      appendTrimmed(out, f.cell.toks, true);
    });
  }
  out.push(BREAK[LINE]);
}

/** Appends `toks` without leading and trailing breaks; `flatten` turns inner breaks into spaces. */
function appendTrimmed(out: Tok[], toks: Tok[], flatten: boolean): void {
  let first = 0;
  while (first < toks.length && !isContent(toks[first] as Tok)) first++;
  let last = toks.length - 1;
  while (last >= first && !isContent(toks[last] as Tok)) last--;
  for (let k = first; k <= last; k++) {
    const tok = toks[k] as Tok;
    if (!flatten || isContent(tok)) out.push(tok);
    else out.push(BREAK[SPACE]);
  }
}

/** The canonical mark of a state. */
function canonical(state: MarkInfo["state"]): string {
  return state === "checked" ? CHECKED : state === "unchecked" ? UNCHECKED : UNREADABLE;
}

/**
 * Writes the token stream into a derived text. Breaks map to the source of
 * the word that follows them; MarkInfo offsets are filled in. Words copied
 * from the source and the single spaces between them that were single
 * spaces in the source are written as one literal piece, so every offset
 * of running text maps one to one. The text ends with one line end when it
 * is not empty.
 */
export function writeTokens(toks: readonly Tok[], source: string): DerivedTextBuilder {
  const b = new DerivedTextBuilder();
  // The literal run being built: its text parts, where it starts and ends in the source.
  let runParts: string[] = [];
  let runSrc = -1;
  let runEnd = -1;
  const flushRun = (): void => {
    if (runParts.length === 0) return;
    b.push(runParts.length === 1 ? (runParts[0] as string) : runParts.join(""), bodyOffset(runSrc), true);
    runParts = [];
    runSrc = -1;
    runEnd = -1;
  };
  const push = (text: string, src: number, literal: boolean): void => {
    if (literal && runParts.length > 0 && src === runEnd) {
      runParts.push(text);
      runEnd += text.length;
      return;
    }
    flushRun();
    if (literal) {
      runParts.push(text);
      runSrc = src;
      runEnd = src + text.length;
    } else b.push(text, bodyOffset(src), false);
  };
  let size = 0;
  let soft = 0;
  let hard = 0;
  let glued = false;
  let preSpaces: PreSpaceTok[] = [];
  for (const tok of toks) {
    switch (tok.t) {
      case "text":
      case "mark": {
        const src = preSpaces[0]?.src ?? (tok.t === "text" ? tok.src : tok.info.sourceOffset);
        if (size > 0) {
          const lines = Math.max(soft >= LINE ? soft - 2 : 0, hard);
          const gap = lines > 0 ? (lines === 1 ? "\n" : "\n".repeat(lines)) : soft === TAB ? "\t" : soft === SPACE ? " " : "";
          // One character of white space between two copied words stands for that one source character.
          if (gap.length === 1 && src === runEnd + 1 && isAsciiSpace(source.charCodeAt(runEnd))) push(gap, runEnd, true);
          else if (gap.length > 0) push(gap, src, false);
          size += gap.length;
        }
        for (const space of preSpaces) {
          push(space.s, space.src, true);
          size += space.s.length;
        }
        soft = 0;
        hard = 0;
        glued = false;
        preSpaces = [];
        if (tok.t === "text") {
          push(tok.s, tok.src, tok.literal);
          size += tok.s.length;
        } else {
          tok.info.offset = derivedOffset(size);
          push(canonical(tok.info.state), tok.info.sourceOffset, false);
          size += 1;
        }
        break;
      }
      case "brk":
        if (!glued && tok.level > soft) soft = tok.level;
        break;
      case "br":
        if (!glued) soft = soft >= LINE ? PARA : LINE;
        break;
      case "glue":
        soft = SPACE;
        glued = true;
        break;
      case "nl":
        glued = false;
        hard++;
        preSpaces = [];
        break;
      case "prespace":
        preSpaces.push(tok);
        break;
    }
  }
  if (size > 0) push("\n", source.length, false);
  flushRun();
  return b;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}
