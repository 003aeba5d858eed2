import type { Node, Parent, Position } from "unist";
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
  position?: Position;
}

/** A part of the form: a run of consecutive lines. */
export interface SectionNode extends Parent {
  type: "section";
  /** Which part of the form. */
  name: SectionName;
  /** How the section's start was found (the anchor's ruleless description). */
  anchor: string;
  children: LineNode[];
  position?: Position;
}

/** The parsed form. */
export interface FormRoot extends Parent {
  type: "root";
  children: SectionNode[];
  position?: Position;
}

/** Any node of the form tree. */
export type FormNode = FormRoot | SectionNode | LineNode;
