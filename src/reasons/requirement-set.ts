import type { Requirement } from "./regex-source.js";

/**
 * Several requirements (one per row of the reason table) tested together
 * against the words found in a text, bottom-up from those words: a found
 * word makes its `any` parents true and counts towards its `all` parents,
 * which are true once every distinct part is. The same formulas as
 * `compileRequirement`, but the work follows the few words a text holds,
 * not the thousands of nodes of the vocabulary (an `all` shared by several
 * rows, or repeated inside one, is one node).
 */
export class RequirementSet {
  /** The tables it runs on (what the build keeps). */
  readonly tables: RequirementTables;
  /** Per node: the round it was last made true in, and the round its count belongs to. */
  private readonly trueIn: Int32Array;
  private readonly countIn: Int32Array;
  private readonly count: Int32Array;
  /** Per word id: its node, or -1 (`tables.wordNode`, at hand for {@link add}). */
  private readonly wordNode: Int32Array;
  /** Nodes made true whose parents are still to be seen (each node is pushed once a round). */
  private readonly stack: Int32Array;
  private round = 0;

  /**
   * `rows`: each row's requirement (null: always runs); `idOf`: the
   * scanner's id of a word (-1: unknown); `words`: how many words the
   * scanner has. Or tables built before.
   */
  constructor(rows: ReadonlyArray<Requirement | null> | RequirementTables, idOf?: (word: string) => number, words = 0) {
    this.tables = isTables(rows) ? rows : buildTables(rows, idOf ?? (() => -1), words);
    const n = this.tables.kind.length;
    this.trueIn = new Int32Array(n);
    this.countIn = new Int32Array(n);
    this.count = new Int32Array(n);
    this.stack = new Int32Array(n);
    this.wordNode = this.tables.wordNode;
  }

  /**
   * Which rows can match a text holding the words `found` (scanner ids):
   * entry `i` is 1 when row `i`'s requirement holds (or it has none).
   */
  rowsFor(found: readonly number[]): Uint8Array {
    const rows = new Uint8Array(this.tables.roots.length);
    this.markRows(found, rows);
    return rows;
  }

  /** Sets entry `i` of `rows` to 1 where row `i` can match a text holding the words `found` (others are left as they are). */
  markRows(found: readonly number[], rows: Uint8Array): void {
    this.begin();
    for (const w of found) this.add(w);
    for (let i = 0; i < rows.length; i++) if (this.holds(i)) rows[i] = 1;
  }

  /** Starts a text: the words {@link add}ed from here on are the ones it holds. */
  begin(): void {
    this.round++;
  }

  /** Adds a word the text holds (a scanner id): its node is true, and so is every formula it completes. */
  add(w: number): void {
    const node = this.wordNode[w] as number;
    if (node >= 0 && this.trueIn[node] !== this.round) this.spread(node);
  }

  /** Makes `node` true, and every formula it completes. */
  private spread(node: number): void {
    const round = this.round;
    const { trueIn, countIn, count, stack } = this;
    const { kind, needs, parentStart, parentList } = this.tables;
    trueIn[node] = round;
    stack[0] = node;
    let depth = 1;
    while (depth > 0) {
      const at = stack[--depth] as number;
      for (let i = parentStart[at] as number, end = parentStart[at + 1] as number; i < end; i++) {
        const p = parentList[i] as number;
        if (trueIn[p] === round) continue;
        if (kind[p] === 1) {
          if (countIn[p] !== round) {
            countIn[p] = round;
            count[p] = 0;
          }
          const c = (count[p] as number) + 1;
          count[p] = c;
          if (c < (needs[p] as number)) continue;
        }
        trueIn[p] = round;
        stack[depth++] = p;
      }
    }
  }

  /** Whether row `i` can match the text: its requirement holds for the words added, or it has none. */
  holds(i: number): boolean {
    const root = this.tables.roots[i] as number;
    return root < 0 || this.trueIn[root] === this.round;
  }
}

/**
 * The formulas of a {@link RequirementSet} as nodes in typed arrays (an
 * `all` shared by several rows, or repeated inside one, is one node).
 */
export interface RequirementTables {
  /** Per node: 0 `any`, 1 `all`, 2 a word. */
  kind: Uint8Array;
  /** Per node: how many distinct parts an `all` needs. */
  needs: Int32Array;
  /** Per node: where its parents start in `parentList` (one more entry at the end). */
  parentStart: Int32Array;
  /** The nodes each node is a part of, node after node. */
  parentList: Int32Array;
  /** Per word id (of the scanner): its node, or -1. */
  wordNode: Int32Array;
  /** Per row: its root node, or -1 (the row always runs). */
  roots: Int32Array;
}

function isTables(x: ReadonlyArray<Requirement | null> | RequirementTables): x is RequirementTables {
  return "roots" in x;
}

function buildTables(rows: ReadonlyArray<Requirement | null>, idOf: (word: string) => number, words: number): RequirementTables {
  const ids = new Map<string, number>();
  const kinds: number[] = [];
  const parts: number[][] = [];
  const wordNode = new Int32Array(words).fill(-1);
  const intern = (req: Requirement): number => {
    const key = keyOf(req);
    const known = ids.get(key);
    if (known !== undefined) return known;
    const children = req.kind === "word" ? [] : [...new Set(req.of.map(intern))];
    const id = kinds.length;
    ids.set(key, id);
    kinds.push(req.kind === "any" ? 0 : req.kind === "all" ? 1 : 2);
    parts.push(children);
    if (req.kind === "word") {
      const w = idOf(req.word);
      if (w < 0) throw new Error(`RequirementSet: "${req.word}" is not a scanned word`);
      wordNode[w] = id;
    }
    return id;
  };
  const roots = Int32Array.from(rows.map((r) => (r === null ? -1 : intern(r))));
  const parentLists: number[][] = kinds.map(() => []);
  parts.forEach((children, id) => {
    for (const c of children) (parentLists[c] as number[]).push(id);
  });
  const parentStart = new Int32Array(kinds.length + 1);
  parentLists.forEach((p, id) => (parentStart[id + 1] = (parentStart[id] as number) + p.length));
  return {
    kind: Uint8Array.from(kinds),
    needs: Int32Array.from(parts.map((p) => p.length)),
    parentStart,
    parentList: Int32Array.from(parentLists.flat()),
    wordNode,
    roots,
  };
}

/** A requirement's identity: the same words and structure give the same key (parts in any order). */
function keyOf(req: Requirement): string {
  return req.kind === "word" ? JSON.stringify(req.word) : `${req.kind}(${req.of.map(keyOf).sort().join(",")})`;
}

/**
 * A requirement with the words of `always` taken as present: what remains
 * is weaker (it holds wherever the original does), so a row it lets run is
 * never one the original would have skipped wrongly. Null when nothing is
 * left to require.
 */
export function assumingPresent(req: Requirement | null, always: ReadonlySet<string>): Requirement | null {
  if (req === null) return null;
  if (req.kind === "word") return always.has(req.word) ? null : req;
  const parts = req.of.map((r) => assumingPresent(r, always));
  if (req.kind === "any") return parts.includes(null) ? null : { kind: "any", of: parts as Requirement[] };
  const left = parts.filter((r): r is Requirement => r !== null);
  return left.length === 0 ? null : left.length === 1 ? (left[0] as Requirement) : { kind: "all", of: left };
}
