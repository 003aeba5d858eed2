/**
 * The tables of a keyword scan (`keyword-scan.ts`): an Aho–Corasick
 * automaton over a list of words, its failure links resolved into a full
 * table of next states (one lookup per character of a text).
 *
 * The table is kept small: a column per character the words hold (one more,
 * column 0, for every other character), 16-bit states while there are
 * fewer than 65,536, and the states numbered as the words are laid into the
 * trie, so the states along one word sit together. It is built in typed
 * arrays alone (no object per state), and can be kept in the build
 * (`row-filter.ts`).
 */
export interface KeywordTables {
  /** The words, each once: a word's id is its index. */
  words: readonly string[];
  /** Entries per state of `table`. */
  columns: number;
  /** Column by character code below 128, upper-case ASCII letters folded to lower case. */
  ascii: Uint8Array;
  /** Character code and column of each character of 128 and above that a word holds, in pairs. */
  wide: Int32Array;
  /** `columns` entries per state: the next state (state 0 is the start). */
  table: Uint16Array | Uint32Array;
  /** Per state: the word ending here, or -1. */
  word: Int32Array;
  /** Per state: the nearest state on its failure chain where a word ends, or -1. */
  dict: Int32Array;
  /** Per state: the state itself when a word ends there, else `dict` (where its chain of words starts). */
  out: Int32Array;
}

/**
 * The tables for `words` (empty words and repeats are dropped). Throws on a
 * word that is not lower case or has a non-ASCII letter with case: folding
 * ASCII letters would not find it where a case-insensitive RegExp does.
 */
export function buildKeywordTables(words: Iterable<string>): KeywordTables {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const w of words) {
    if (w === "" || seen.has(w)) continue;
    if (!foldsLikeRegExp(w)) throw new Error(`KeywordScan: "${w}" is not lower case, or has a non-ASCII letter with case`);
    seen.add(w);
    list.push(w);
  }
  const column = new Map<number, number>();
  let length = 0;
  for (const w of list) {
    length += w.length;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!column.has(c)) column.set(c, column.size + 1);
    }
  }
  const columns = column.size + 1;
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = column.get(c >= 65 && c <= 90 ? c + 32 : c) ?? 0;
  const wide = Int32Array.from([...column].filter(([c]) => c >= 128).flat());

  // The trie, written into the table itself (0, the start, is no state's child, so it stands for
  // "none" until the failure links fill the gaps); each state's children are kept as a list too.
  const bound = length + 1;
  const trie = bound <= 0x10000 ? new Uint16Array(bound * columns) : new Uint32Array(bound * columns);
  const wordAt = new Int32Array(bound).fill(-1);
  const firstChild = new Int32Array(bound);
  const nextSibling = new Int32Array(bound);
  const columnAt = new Int32Array(bound);
  let made = 1;
  for (let id = 0; id < list.length; id++) {
    const w = list[id] as string;
    let state = 0;
    for (let i = 0; i < w.length; i++) {
      const col = column.get(w.charCodeAt(i)) as number;
      let to = trie[state * columns + col] as number;
      if (to === 0) {
        to = made++;
        trie[state * columns + col] = to;
        columnAt[to] = col;
        nextSibling[to] = firstChild[state] as number;
        firstChild[state] = to;
      }
      state = to;
    }
    wordAt[state] = id;
  }

  // Failure links, breadth-first: a state's row is its failure state's (complete, that state being
  // shallower) with its own children over it.
  const table = trie.slice(0, made * columns);
  const word = wordAt.slice(0, made);
  const dict = new Int32Array(made).fill(-1);
  const fail = new Int32Array(made);
  const queue = new Int32Array(made);
  let queued = 1;
  for (let q = 0; q < queued; q++) {
    const s = queue[q] as number;
    const f = fail[s] as number;
    if (s !== 0) table.copyWithin(s * columns, f * columns, f * columns + columns);
    for (let c = firstChild[s] as number; c !== 0; c = nextSibling[c] as number) {
      const col = columnAt[c] as number;
      const g = s === 0 ? 0 : (table[f * columns + col] as number);
      fail[c] = g;
      dict[c] = (word[g] as number) !== -1 ? g : (dict[g] as number);
      table[s * columns + col] = c;
      queue[queued++] = c;
    }
  }
  const out = new Int32Array(made);
  for (let s = 0; s < made; s++) out[s] = (word[s] as number) !== -1 ? s : (dict[s] as number);
  return { words: list, columns, ascii, wide, table, word, dict, out };
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
