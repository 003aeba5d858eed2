import type { VFile } from "vfile";
import type { FormRoot, SectionName, SectionNode } from "../form/form-tree.js";
import { readCover, type CoverReading } from "./cover/read-cover.js";
import { readRegistrant, type RegistrantReading } from "./part1/read-registrant.js";
import { readPart2, type Part2Reading } from "./part2/read-part2.js";
import { readPart3, type Part3Reading } from "./part3/read-part3.js";
import { readPart4, type Part4Reading } from "./part4/read-part4.js";
import { readSignature, type SignatureReading } from "./signature/read-signature.js";
import { letterLines, readLetter, type LetterReading } from "./letter/read-letter.js";

/** What the trailer's reader gives: the accountant's letter the notice holds after its signature, if any. */
export interface TrailerReading {
  kind: "trailer";
  letter: LetterReading | null;
}

/** The reading a field reader keeps on its section node. */
export type PartReading = CoverReading | RegistrantReading | Part2Reading | Part3Reading | Part4Reading | SignatureReading | TrailerReading;

declare module "../form/form-tree.js" {
  interface SectionData {
    /** The reading of the section's field reader. */
    reading?: PartReading;
  }
}

/** A field reader as a unified plugin: it reads its part of the form tree and keeps its reading on that part's node. */
export type ReaderPlugin = () => (tree: FormRoot, file: VFile) => void;

/** The section node of a part (the form tree has one of each). */
function sectionOf(tree: FormRoot, name: SectionName): SectionNode {
  const section = tree.children.find((s) => s.name === name);
  if (!section) throw new Error(`form tree without a ${name} section`);
  return section;
}

/** Keeps a reading on its node. */
function keep(section: SectionNode, reading: PartReading): void {
  section.data = { ...section.data, reading };
}

/**
 * A plugin that runs `read` on the section `name` with the text the tree
 * was parsed from, and keeps the reading on that section's node.
 */
function sectionReader(name: SectionName, read: (section: SectionNode, text: string) => PartReading): ReaderPlugin {
  return () => (tree, file) => {
    const section = sectionOf(tree, name);
    keep(section, read(section, String(file.value)));
  };
}

/**
 * The field readers, one per part; each depends on its own node only (Part
 * I also on whether a Part II follows, the trailer's letter on the end of
 * the signature block), so they may run in any order.
 */
export const FIELD_READERS: readonly ReaderPlugin[] = [
  sectionReader("cover", readCover),
  () => (tree, file) => {
    const part1 = sectionOf(tree, "part1");
    // An excerpt that ends inside Part I: no Part II follows.
    keep(part1, readRegistrant(part1, String(file.value), sectionOf(tree, "part2").children.length === 0));
  },
  sectionReader("part2", readPart2),
  sectionReader("part3", readPart3),
  sectionReader("part4", readPart4),
  sectionReader("signature", readSignature),
  () => (tree) => {
    const trailer = sectionOf(tree, "trailer");
    keep(trailer, { kind: "trailer", letter: readLetter(letterLines(sectionOf(tree, "signature"), trailer), false) });
  },
];
