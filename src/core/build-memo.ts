import { MEMO_TEXTS } from "./memo-table.js";

/** Every text worked out (or looked up) in this process: `kind \0 key` → text. */
const madeHere = new Map<string, string>();

/**
 * A text that is a pure function of `key` and of the sources (`compute`
 * reads nothing else), worked out once at build time: looked up in the
 * build's table (src/core/memo-table.ts), else computed and kept. For work
 * a module does when it loads (the reason coder reading its patterns'
 * sources), so that loading it costs a lookup. `kind` names the function,
 * so two of them never share a key.
 */
export function memoText(kind: string, key: string, compute: () => string): string {
  const id = `${kind}\u0000${key}`;
  const known = madeHere.get(id) ?? MEMO_TEXTS.get(id);
  if (known !== undefined) {
    madeHere.set(id, known);
    return known;
  }
  const made = compute();
  madeHere.set(id, made);
  return made;
}

/**
 * Every text worked out or looked up so far in this process: what the
 * build writes into the table once every module is loaded, and what a test
 * checks it covers.
 */
export function memoizedTexts(): ReadonlyMap<string, string> {
  return madeHere;
}
