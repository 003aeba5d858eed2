import { unified, type Plugin } from "unified";
import { VFile } from "vfile";
import type { FormRoot } from "../form/form-tree.js";
import { allLines, buildFormTree } from "../form/build-form-tree.js";
import { FIELD_READERS, type PartReading, type ReaderPlugin } from "./reader-plugins.js";
import { readLetter, type LetterReading } from "./letter/read-letter.js";

/** unified parser plugin: the sectioner (a pure function) builds the form tree of the derived text. */
const formParser: Plugin<[], string, FormRoot> = function () {
  this.parser = (doc: string): FormRoot => buildFormTree(doc);
};

/** A frozen processor: the sectioner, then the field readers in the order given. */
export type NoticeProcessor = ReturnType<typeof noticeProcessor>;

/** The processor that parses a notice's derived text into its form tree and runs `readers` on it, frozen to be reused. */
export function noticeProcessor(readers: readonly ReaderPlugin[] = FIELD_READERS) {
  const processor = unified().use(formParser);
  for (const reader of readers) processor.use(reader);
  return processor.freeze();
}

/** The processor of every notice: built once, reused. */
const NOTICE_PROCESSOR = noticeProcessor();

/** The notice's form tree, each part's reading kept on its node, and the accountant's letter wherever it was found. */
export interface NoticeReadings {
  root: FormRoot;
  /** The letter, and where: in the notice (`exhibit` null) or in the exhibit of that index. */
  letter: { reading: LetterReading; exhibit: number | null } | null;
}

/** The reading of one kind on the tree (each reader keeps its own on its part). */
export function readingOf<K extends PartReading["kind"]>(root: FormRoot, kind: K): Extract<PartReading, { kind: K }> {
  for (const section of root.children) {
    const reading = section.data?.reading;
    if (reading && isKind(reading, kind)) return reading;
  }
  throw new Error(`no ${kind} reading on the form tree`);
}

function isKind<K extends PartReading["kind"]>(reading: PartReading, kind: K): reading is Extract<PartReading, { kind: K }> {
  return reading.kind === kind;
}

/**
 * Reads a notice: its derived text through the processor (the sectioner and
 * every field reader), then, when the notice holds no accountant's letter,
 * the accountant's-letter exhibits (`exhibits`: their derived texts) in
 * order until one holds it.
 */
export function readNotice(text: string, exhibits: readonly string[], processor: NoticeProcessor = NOTICE_PROCESSOR): NoticeReadings {
  const file = new VFile({ value: text });
  const root = processor.parse(file);
  // The readers keep their readings on the tree's nodes: the tree run is the tree parsed.
  processor.runSync(root, file);
  const inNotice = readingOf(root, "trailer").letter;
  if (inNotice) return { root, letter: { reading: inNotice, exhibit: null } };
  for (const [exhibit, body] of exhibits.entries()) {
    const reading = readLetter(allLines(buildFormTree(body)), true);
    if (reading) return { root, letter: { reading, exhibit } };
  }
  return { root, letter: null };
}
