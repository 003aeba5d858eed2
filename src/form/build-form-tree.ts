import { SECTION_NAMES, type FormRoot, type LineNode, type SectionNode } from "./form-tree.js";
import { splitLines } from "./split-lines.js";
import { findSections } from "./find-sections.js";

/**
 * Sections the line-oriented text of a Form 12b-25 into a unist tree of its
 * parts (cover, Part I–IV, signature, trailer): one section node per part in
 * form order, each a run of line nodes with offsets and positions; a part
 * the form does not show has no lines. A pure function: text in, tree out.
 */
export function buildFormTree(text: string): FormRoot {
  const lines = splitLines(text);
  const starts = findSections(lines);
  const children: SectionNode[] = SECTION_NAMES.map((name) => {
    const at = starts.findIndex((s) => s.name === name);
    const s = starts[at];
    if (!s) return { type: "section", name, anchor: null, children: [] };
    const end = starts[at + 1]?.line ?? lines.length;
    const section: SectionNode = { type: "section", name, anchor: s.anchor, children: lines.slice(s.line, end) };
    const first = section.children[0];
    const last = section.children[section.children.length - 1];
    if (first && last) section.position = { start: first.position.start, end: last.position.end };
    return section;
  });
  const first = lines[0];
  const last = lines[lines.length - 1];
  const root: FormRoot = { type: "root", children };
  if (first && last) root.position = { start: first.position.start, end: last.position.end };
  return root;
}

/** All lines of the tree in order. */
export function allLines(root: FormRoot): LineNode[] {
  return root.children.flatMap((s) => s.children);
}
