import type { FormRoot, LineNode, SectionNode } from "./form-tree.js";
import { splitLines } from "./split-lines.js";
import { findSections } from "./find-sections.js";

/**
 * Sections the line-oriented text of a Form 12b-25 into a tree of its parts
 * (cover, Part I–IV, signature, trailer), each a run of line nodes with
 * offsets. A pure function: text in, tree out.
 */
export function buildFormTree(text: string): FormRoot {
  const lines = splitLines(text);
  const starts = findSections(lines);
  const children: SectionNode[] = starts.map((s, i) => {
    const end = starts[i + 1]?.line ?? lines.length;
    return { type: "section", name: s.name, anchor: s.anchor, children: lines.slice(s.line, end) };
  });
  return { type: "root", children };
}

/** All lines of the tree in order. */
export function allLines(root: FormRoot): LineNode[] {
  return root.children.flatMap((s) => s.children);
}
