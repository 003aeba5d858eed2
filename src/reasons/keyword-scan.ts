import { buildKeywordTables, type KeywordTables } from "./keyword-automaton.js";

export { foldsLikeRegExp } from "./keyword-automaton.js";

/**
 * Finds which of a fixed list of words occur in a text, in one pass that
 * ignores ASCII letter case (an Aho–Corasick automaton, its failure links
 * resolved into a table: one lookup per character; `keyword-automaton.ts`).
 * The reason coder asks it which of its rows' keywords (the words every
 * match of a row's phrase must contain, regex-source.ts) are present, and
 * runs only the rows that can match.
 *
 * Case is folded for ASCII letters only, as a case-insensitive non-Unicode
 * RegExp does for them; words with other cased letters are refused (the
 * caller does not ask for them).
 */
export class KeywordScan {
  /** Number of distinct words. */
  readonly size: number;
  /** The tables it runs on (what the build keeps). */
  readonly tables: KeywordTables;
  private ids: Map<string, number> | null = null;
  /** Column by character code for codes of 128 and above (absent: column 0). */
  private readonly wide = new Map<number, number>();

  /** A scan for `words`, or over tables built before (`tables`). */
  constructor(words: Iterable<string> | KeywordTables) {
    this.tables = isTables(words) ? words : buildKeywordTables(words);
    this.size = this.tables.words.length;
    const { wide } = this.tables;
    for (let i = 0; i + 1 < wide.length; i += 2) this.wide.set(wide[i] as number, wide[i + 1] as number);
  }

  /** The id of a word given to the constructor (for `found`), or -1. */
  idOf(word: string): number {
    this.ids ??= new Map(this.tables.words.map((w, id) => [w, id]));
    return this.ids.get(word) ?? -1;
  }

  /** Which words occur in `text`: entry `idOf(word)` is 1 when it does. */
  found(text: string): Uint8Array {
    const found = new Uint8Array(this.size);
    for (const id of this.foundIds(text)) found[id] = 1;
    return found;
  }

  /** The ids of the words that occur in `text`, each once, in the order they are first seen. */
  foundIds(text: string): number[] {
    return this.foundIn(text, 0, text.length);
  }

  /** Per word: the call of {@link foundInto} that last listed it. */
  private listedIn: Int32Array | null = null;
  private calls = 0;

  /**
   * The ids of the words that occur inside `text[from, to)` (a word must
   * start and end there), each once, in the order they are first seen.
   */
  foundIn(text: string, from: number, to: number): number[] {
    const into = new Int32Array(this.size);
    return Array.from(into.subarray(0, this.foundInto(text, from, to, into)));
  }

  /**
   * {@link foundIn} written into `into` (at least {@link size} entries, as
   * each word is listed once): returns how many ids it wrote.
   */
  foundInto(text: string, from: number, to: number, into: Int32Array): number {
    const listed = (this.listedIn ??= new Int32Array(this.size));
    const call = ++this.calls;
    const { table, columns, word, dict, out, ascii } = this.tables;
    const wide = this.wide;
    let n = 0;
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      state = table[state * columns + (c < 128 ? (ascii[c] as number) : (wide.get(c) ?? 0))] as number;
      for (let s = out[state] as number; s !== -1; s = dict[s] as number) {
        const w = word[s] as number;
        if (listed[w] === call) break; // the rest of the chain was listed when this word was
        listed[w] = call;
        into[n++] = w;
      }
    }
    return n;
  }
}

function isTables(x: Iterable<string> | KeywordTables): x is KeywordTables {
  return "table" in x;
}
