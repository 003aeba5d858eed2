import type { Data, Node, Parent, Position } from "unist";
import type { DerivedOffset } from "../core/derived-offset.js";

/** Names of the form's parts, in form order. */
export type SectionName =
  | "cover"
  | "part1"
  | "part2"
  | "part3"
  | "part4"
  | "signature"
  | "trailer";

/** The form's parts in form order: the root has one section node of each, in this order. */
export const SECTION_NAMES: readonly SectionName[] = ["cover", "part1", "part2", "part3", "part4", "signature", "trailer"];

/** One line of the derived text. Offsets are into the derived text. */
export interface LineNode extends Node {
  type: "line";
  /** The line's text, without its line break. */
  value: string;
  /** 0-based index of the line in the document. */
  index: number;
  /** Offset of the line's first character. */
  start: DerivedOffset;
  /** Offset of its line break (or of the text's end). */
  end: DerivedOffset;
  /** Where the line stands in the derived text (1-based line and column, and offsets). */
  position: Position;
}

/**
 * What the plugins of a processor keep on a section node (`data`). Empty
 * here: the field readers declare what they store (`fields/reading.ts`).
 */
export interface SectionData extends Data {}

/**
 * A part of the form: a run of consecutive lines. A part the form does not
 * show is a section without lines, `position` or `anchor` (a generated node
 * in unist's terms).
 */
export interface SectionNode extends Parent {
  type: "section";
  /** Which part of the form. */
  name: SectionName;
  /** How the section's start was found (the anchor's ruleless description), or null for a part not shown. */
  anchor: string | null;
  children: LineNode[];
  /** From its first line's start to its last line's end; absent when it has no lines. */
  position?: Position;
  data?: SectionData;
}

/** The parsed form: one section node per part, in form order. */
export interface FormRoot extends Parent {
  type: "root";
  children: SectionNode[];
  position?: Position;
}
