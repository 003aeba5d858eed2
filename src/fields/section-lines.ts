import type { VFile } from "vfile";
import type { FormRoot, LineNode, SectionName } from "../form/form-tree.js";
import { PAGE_FURNITURE } from "./field-patterns.js";
import { RULE_LINE } from "../core/form-patterns.js";
import { context, warn } from "./field-context.js";

/** The lines of one section, or [] when the form does not show it. */
export function sectionLines(root: FormRoot, name: SectionName): LineNode[] {
  return root.children.find((s) => s.name === name)?.children ?? [];
}

/** Whether the form shows a section (its node has lines). */
export function hasSection(root: FormRoot, name: SectionName): boolean {
  return sectionLines(root, name).length > 0;
}

/**
 * The lines of a section the extractor needs; when the form does not show
 * it, a `section-missing` warning about `path` and null.
 */
export function requireSection(file: VFile, name: SectionName, path: string, reason: string): LineNode[] | null {
  const root = context(file).root;
  if (hasSection(root, name)) return sectionLines(root, name);
  warn(file, path, "section-missing", reason);
  return null;
}

/** Whether a line carries no value: blank, a rule, or page furniture. */
export function isFiller(line: LineNode): boolean {
  return RULE_LINE.test(line.value) || PAGE_FURNITURE.test(line.value);
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
