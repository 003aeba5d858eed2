import type { VFile } from "vfile";
import { messageAt, type Message } from "../core/message.js";
import type { RuleId } from "../core/rules/index.js";
import type { Span } from "../core/span.js";
import type { DerivedText } from "../core/derived-text.js";
import type { LineIndex, Point } from "../core/line-index.js";
import { derivedOffset, type DerivedOffset } from "../core/derived-offset.js";
import type { InputOffset } from "../core/input-offset.js";
import { derivedToInput } from "../core/offset-maps.js";
import type { Evidence, NtRecord } from "../record/types.js";
import type { FormRoot, SectionName } from "../form/form-tree.js";
import { SPACE_RUN } from "./text-patterns.js";

/** What every extractor plugin reads and writes, kept on `file.data.extract`. */
export interface ExtractContext {
  /** The derived, line-oriented text of the notice. */
  derived: DerivedText;
  /** Offset of the notice document's body inside the input text. */
  documentOffset: InputOffset;
  /** Line index of the whole input text (evidence is reported in it). */
  index: LineIndex<InputOffset>;
  /** The parsed form. */
  root: FormRoot;
  /** The record being filled. */
  record: NtRecord;
  /** Whether the filer marked any report-type box (decides "no mark" → false vs null). */
  coverMarked: boolean;
  /** Accountant's-letter exhibits of the submission, each as its own derived text. */
  letters: { derived: DerivedText; documentOffset: InputOffset; root: FormRoot }[];
  /** Warnings of the field readers, in the order they were found. */
  messages: Message[];
}

declare module "vfile" {
  interface DataMap {
    /** The extraction context every extractor plugin reads (set by `extractNotice`). */
    extract: ExtractContext;
  }
}

/** The extraction context of a file (set up by `parseFiling`). */
export function context(file: VFile): ExtractContext {
  const ctx = file.data.extract;
  if (!ctx) throw new Error("extract: no context on file");
  return ctx;
}

/** The point in the input (line, column, offset) of an offset of the derived text. */
export function sourcePoint(ctx: ExtractContext, offset: DerivedOffset): Point {
  return ctx.index.point(derivedToInput(ctx.derived, offset, ctx.documentOffset));
}

/** Evidence for a span of the derived text, in the input's lines and columns. */
function evidenceOf(ctx: ExtractContext, span: Span): Evidence {
  const point = sourcePoint(ctx, derivedOffset(span.start));
  const text = (ctx.derived.shown ?? ctx.derived.text).slice(span.start, span.end).replace(SPACE_RUN, " ").trim();
  return { line: point.line, column: point.column, text: text.length > 200 ? text.slice(0, 197) + "..." : text };
}

/** Sets a record field by SPEC path and records its evidence. */
export function setField(ctx: ExtractContext, path: string, value: unknown, span: Span | null): void {
  const parts = path.split(".");
  let cur = ctx.record as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    if (cur[part] === null || typeof cur[part] !== "object") cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1] as string] = value;
  if (span && value !== null && value !== undefined) ctx.record.evidence[path] = evidenceOf(ctx, span);
}

/** Emits a warning about a field, at a span of the derived text when known. */
export function warn(file: VFile, path: string | null, ruleId: RuleId, reason: string, span?: Span | null): void {
  const ctx = context(file);
  const at = span ? derivedOffset(span.start) : defaultOffset(ctx, path);
  ctx.messages.push(messageAt(ruleId, reason, (offset) => sourcePoint(ctx, offset), at, path));
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
 * the field is read from, or, when that part is missing (a notice that ends
 * early), the end of the notice.
 */
function defaultOffset(ctx: ExtractContext, path: string | null): DerivedOffset | null {
  const name = path ? SECTION_OF[path.split(".")[0] ?? ""] : undefined;
  if (!name) return null;
  const section = ctx.root.children.find((s) => s.name === name);
  const first = section?.children[0];
  if (first) return first.start;
  return ctx.derived.text.length > 0 ? derivedOffset(ctx.derived.text.length - 1) : null;
}
