import type { DerivedText } from "../core/derived-text.js";
import type { LineIndex, Point } from "../core/line-index.js";
import { derivedOffset, type DerivedOffset } from "../core/derived-offset.js";
import type { InputOffset } from "../core/input-offset.js";
import { derivedToInput } from "../core/offset-maps.js";
import { messageAt, type Message } from "../core/message.js";
import type { FormRoot, SectionName } from "../form/form-tree.js";
import type { FieldEvidence, FieldMessage } from "../fields/reading.js";
import { collapse, foldSpaces } from "../fields/clean-text.js";
import type { Evidence } from "./types.js";

/** A document the readers read (the notice, an accountant's-letter exhibit): its derived text and where its body starts in the input. */
export interface ReadDocument {
  /** The derived text the readers' offsets point into. */
  derived: DerivedText;
  /** Offset of the document's body inside the input text. */
  bodyStart: InputOffset;
  /** Line index of the whole input text. */
  index: LineIndex<InputOffset>;
}

/** The point in the input (line, column, offset) of an offset of a document's derived text. */
export function pointIn(doc: ReadDocument, offset: DerivedOffset): Point {
  return doc.index.point(derivedToInput(doc.derived, offset, doc.bodyStart));
}

/** The longest evidence text quoted from a span; a longer one is cut and ends in "...". */
const MAX_QUOTE = 200;

/** A reader's evidence in the input's lines and columns, with the text it quotes. */
export function placeEvidence(doc: ReadDocument, evidence: FieldEvidence): Evidence {
  const shown = doc.derived.shown ?? doc.derived.text;
  switch (evidence.kind) {
    case "span": {
      const { start, end } = evidence.span;
      const point = pointIn(doc, derivedOffset(start));
      const text = foldSpaces(shown.slice(start, end));
      return { line: point.line, column: point.column, text: text.length > MAX_QUOTE ? text.slice(0, MAX_QUOTE - 3) + "..." : text };
    }
    case "box": {
      const point = pointIn(doc, derivedOffset(evidence.span.start));
      return { line: point.line, column: point.column, text: collapse(shown.slice(evidence.span.start, evidence.span.end)) };
    }
    case "quote": {
      const point = pointIn(doc, derivedOffset(evidence.at));
      return { line: point.line, column: point.column, text: evidence.text };
    }
  }
}

/** The part of the form each record group is read from. */
const SECTION_OF: Record<string, SectionName> = {
  form: "cover",
  registrant: "part1",
  part2: "part2",
  part3: "part3",
  part4: "part4",
  signature: "signature",
  auditorLetter: "trailer",
};

/**
 * Where a warning without a span of its own points: the start of the part
 * the field is read from, or, when the form does not show that part (a
 * notice that ends early), the end of the notice.
 */
function defaultOffset(root: FormRoot, text: string, path: string): DerivedOffset | null {
  const name = SECTION_OF[path.split(".")[0] ?? ""];
  if (!name) return null;
  const first = root.children.find((s) => s.name === name)?.children[0];
  if (first) return first.start;
  return text.length > 0 ? derivedOffset(text.length - 1) : null;
}

/** A reader's warning about the notice (`root`: its form tree) as a message at a point of the input. */
export function placeMessage(doc: ReadDocument, root: FormRoot, m: FieldMessage): Message {
  const at = m.span ? derivedOffset(m.span.start) : defaultOffset(root, doc.derived.text, m.path);
  return messageAt(m.ruleId, m.reason, (offset) => pointIn(doc, offset), at, m.path);
}
