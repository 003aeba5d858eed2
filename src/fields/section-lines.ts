import type { LineNode } from "../form/form-tree.js";
import { PAGE_FURNITURE } from "./field-patterns.js";
import { RULE_LINE } from "../core/form-patterns.js";

/** Whether a line carries no value: blank, a rule, or page furniture (an empty line without a pattern run: the rule pattern takes it). */
export function isFiller(line: LineNode): boolean {
  return line.value === "" || RULE_LINE.test(line.value) || PAGE_FURNITURE.test(line.value);
}

/** Index of the first line in [from, to) whose text the non-global `re` matches, or -1. */
export function findLineIndex(lines: LineNode[], re: RegExp, from = 0, to = lines.length): number {
  for (let i = from; i < Math.min(to, lines.length); i++) if (re.test((lines[i] as LineNode).value)) return i;
  return -1;
}

/** Indices of the next `count` lines from `from` on that carry a value (filler lines are passed over, not counted). */
export function* valueLineIndices(lines: LineNode[], from: number, count: number): Generator<number> {
  for (let i = from, n = 0; i < lines.length && n < count; i++) {
    if (isFiller(lines[i] as LineNode)) continue;
    n++;
    yield i;
  }
}
