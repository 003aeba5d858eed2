/**
 * Finds which of a fixed list of words occur in a text, in one pass that
 * ignores ASCII letter case (an Aho–Corasick automaton, its failure links
 * resolved into a table: one lookup per character). The reason coder asks it
 * which of its rows' keywords (the words every match of a row's phrase must
 * contain, regex-source.ts) are present, and runs only the rows that can
 * match.
 *
 * Case is folded for ASCII letters only, as a case-insensitive non-Unicode
 * RegExp does for them; words with other cased letters are refused (the
 * caller does not ask for them).
 */
export class KeywordScan {
  /** Number of distinct words. */
  readonly size: number;
  private readonly ids = new Map<string, number>();
  /** Character code → column of the table (0: a character no word holds). */
  private readonly column = new Map<number, number>();
  /** `columns` entries per state: the next state. */
  private readonly table: Int32Array;
  private readonly columns: number;
  /** Per state: the word ending here, or -1. */
  private readonly word: Int32Array;
  /** Per state: the nearest state on its failure chain where a word ends, or -1. */
  private readonly dict: Int32Array;
  /** Column by character code for codes below 128 (the common case), folded to lower case. */
  private readonly ascii = new Int32Array(128);

  constructor(words: Iterable<string>) {
    const list: string[] = [];
    for (const w of words) {
      if (w === "" || this.ids.has(w)) continue;
      if (!foldsLikeRegExp(w)) throw new Error(`KeywordScan: "${w}" is not lower case, or has a non-ASCII letter with case`);
      this.ids.set(w, list.length);
      list.push(w);
    }
    this.size = list.length;
    for (const w of list) for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!this.column.has(c)) this.column.set(c, this.column.size + 1);
    }
    this.columns = this.column.size + 1;
    for (let c = 0; c < 128; c++) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      this.ascii[c] = this.column.get(lower) ?? 0;
    }

    // the trie
    const next: Array<Map<number, number>> = [new Map()];
    const wordAt: number[] = [-1];
    list.forEach((w, id) => {
      let state = 0;
      for (let i = 0; i < w.length; i++) {
        const col = this.column.get(w.charCodeAt(i)) as number;
        let to = (next[state] as Map<number, number>).get(col);
        if (to === undefined) {
          to = next.length;
          (next[state] as Map<number, number>).set(col, to);
          next.push(new Map());
          wordAt.push(-1);
        }
        state = to;
      }
      wordAt[state] = id;
    });

    // failure links resolved breadth-first into a full table
    const states = next.length;
    this.table = new Int32Array(states * this.columns);
    this.word = Int32Array.from(wordAt);
    this.dict = new Int32Array(states).fill(-1);
    const fail = new Int32Array(states);
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] as number;
      const children = next[s] as Map<number, number>;
      for (let col = 0; col < this.columns; col++) {
        const to = children.get(col);
        if (to === undefined) {
          this.table[s * this.columns + col] = s === 0 ? 0 : (this.table[(fail[s] as number) * this.columns + col] as number);
          continue;
        }
        this.table[s * this.columns + col] = to;
        const f = s === 0 ? 0 : (this.table[(fail[s] as number) * this.columns + col] as number);
        fail[to] = f;
        this.dict[to] = (this.word[f] as number) !== -1 ? f : (this.dict[f] as number);
        queue.push(to);
      }
    }
  }

  /** The id of a word given to the constructor (for `found`), or -1. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** Which words occur in `text`: entry `idOf(word)` is 1 when it does. */
  found(text: string): Uint8Array {
    return this.scan(text);
  }

  /** The ids of the words that occur in `text`, each once, in the order they are first seen. */
  foundIds(text: string): number[] {
    return this.foundIn(text, 0, text.length);
  }

  /** Per word: the call of {@link foundIn} that last listed it. */
  private listedIn: Int32Array | null = null;
  private calls = 0;

  /**
   * The ids of the words that occur inside `text[from, to)` (a word must
   * start and end there), each once, in the order they are first seen.
   */
  foundIn(text: string, from: number, to: number): number[] {
    const ids: number[] = [];
    const listed = (this.listedIn ??= new Int32Array(this.size));
    const call = ++this.calls;
    const { table, columns, word, dict, ascii } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const col = c < 128 ? (ascii[c] as number) : (this.column.get(c) ?? 0);
      state = table[state * columns + col] as number;
      for (let s = (word[state] as number) === -1 ? (dict[state] as number) : state; s !== -1; s = dict[s] as number) {
        const w = word[s] as number;
        if (listed[w] === call) break; // the rest of the chain was listed when this word was
        listed[w] = call;
        ids.push(w);
      }
    }
    return ids;
  }

  private scan(text: string): Uint8Array {
    const found = new Uint8Array(this.size);
    const { table, columns, word, dict, ascii } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const col = c < 128 ? (ascii[c] as number) : (this.column.get(c) ?? 0);
      state = table[state * columns + col] as number;
      for (let s = (word[state] as number) === -1 ? (dict[state] as number) : state; s !== -1; s = dict[s] as number) {
        const w = word[s] as number;
        if (found[w] === 1) break; // the rest of the chain was marked when this word was
        found[w] = 1;
      }
    }
    return found;
  }
}

/**
 * Whether a word is lower case and every non-ASCII character in it has no
 * case, so folding ASCII letters finds it wherever a case-insensitive RegExp
 * would.
 */
export function foldsLikeRegExp(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  for (const ch of word) if (ch.charCodeAt(0) >= 128 && ch.toUpperCase() !== ch) return false;
  return true;
}
