import type { FormRoot, LineNode, SectionName } from "../parse/form-tree.js";
import { PAGE_FURNITURE, RULE_LINE } from "../patterns/form-patterns.js";

/** The lines of one section, or [] when the form does not show it. */
export function sectionLines(root: FormRoot, name: SectionName): LineNode[] {
  return root.children.find((s) => s.name === name)?.children ?? [];
}

/** Whether a section was found. */
export function hasSection(root: FormRoot, name: SectionName): boolean {
  return root.children.some((s) => s.name === name);
}

/** Whether a line carries no value: blank, a rule, or page furniture. */
export function isFiller(line: LineNode): boolean {
  return RULE_LINE.test(line.value) || PAGE_FURNITURE.test(line.value);
}
