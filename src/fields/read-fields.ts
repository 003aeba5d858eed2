import { unified } from "unified";
import { VFile } from "vfile";
import type { Message } from "../core/message.js";
import type { FormRoot } from "../form/form-tree.js";
import { buildFormTree } from "../form/build-form-tree.js";
import type { NtRecord } from "../record/types.js";
import type { DerivedText } from "../core/derived-text.js";
import type { LineIndex } from "../core/line-index.js";
import type { InputOffset } from "../core/input-offset.js";
import type { ExtractContext } from "./field-context.js";
import { extractCover } from "./cover/extract-cover.js";
import { extractRegistrant } from "./part1/extract-registrant.js";
import { extractPart2 } from "./part2/extract-part2.js";
import { extractPart3 } from "./part3/extract-part3.js";
import { extractPart4 } from "./part4/extract-part4.js";
import { extractSignature } from "./signature/extract-signature.js";
import { extractLetter } from "./letter/extract-letter.js";
import { extractReasons } from "../reasons/extract-reasons.js";

/** unified parser plugin: the sectioner (a pure function) builds the form tree of the derived text. */
function formParser(this: { parser?: unknown }): void {
  this.parser = (doc: string): FormRoot => buildFormTree(doc);
}

/** The processor: parse the form, then one extractor plugin per field family. */
const processor = unified()
  .use(formParser)
  .use(extractCover)
  .use(extractRegistrant)
  .use(extractPart2)
  .use(extractPart3)
  .use(extractPart4)
  .use(extractSignature)
  .use(extractLetter)
  .use(extractReasons)
  .freeze();

/** What {@link extractNotice} needs: the notice's derived text and where it sits in the input. */
export interface NoticeInput {
  /** The notice's derived, line-oriented text. */
  derived: DerivedText;
  /** Offset of the notice document's body inside the input text. */
  documentOffset: InputOffset;
  /** Line index of the whole input text. */
  index: LineIndex<InputOffset>;
  /** The record to fill. */
  record: NtRecord;
  /** Accountant's-letter exhibits of the submission, each as its own derived text. */
  letters: { derived: DerivedText; documentOffset: InputOffset }[];
}

/** Runs the extractors over one notice; fills `input.record` and returns their warnings. */
export function extractNotice(input: NoticeInput): Message[] {
  const file = new VFile({ value: input.derived.text });
  const root = processor.parse(file) as FormRoot;
  const ctx: ExtractContext = {
    derived: input.derived,
    documentOffset: input.documentOffset,
    index: input.index,
    root,
    record: input.record,
    coverMarked: false,
    letters: input.letters.map((l) => ({ ...l, root: buildFormTree(l.derived.text) })),
    messages: [],
  };
  file.data.extract = ctx;
  processor.runSync(root, file);
  return ctx.messages;
}
