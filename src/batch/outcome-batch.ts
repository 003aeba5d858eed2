import type { FinishedOutcome } from "./parse-task.js";

/**
 * A batch's outcomes as they cross back from a worker thread: everything
 * but the records' output text as one JSON text, and the text of every
 * record, already UTF-8, one part after another in one buffer. Two values
 * instead of a graph of objects and one buffer per part: the main thread's
 * cost of taking a batch in halves.
 */
export interface OutcomeBatch {
  /** The outcomes as JSON, each text output's `parts` given as their count. */
  meta: string;
  /** The text outputs' parts, one after another. */
  bytes: Uint8Array;
  /** The end of each part in `bytes`, in order. */
  ends: number[];
}

/** An outcome as {@link OutcomeBatch.meta} holds it: a text output's parts as their count. */
type PackedOutcome =
  | (Exclude<FinishedOutcome, { kind: "notice" }>)
  | (Omit<Extract<FinishedOutcome, { kind: "notice" }>, "notice"> & { notice: PackedNotice });

/** A notice less its text parts (see {@link PackedOutcome}). */
type PackedNotice = Omit<Extract<FinishedOutcome, { kind: "notice" }>["notice"], "output"> & {
  output: { kind: "text"; parts: number } | { kind: "record"; json: string };
};

/** Packs a batch's outcomes for the way back to the main thread (see {@link OutcomeBatch}). */
export function packOutcomes(outcomes: readonly FinishedOutcome[]): OutcomeBatch {
  let total = 0;
  const packed = outcomes.map((outcome): PackedOutcome => {
    if (outcome.kind !== "notice") return outcome;
    const { output } = outcome.notice;
    if (output.kind === "record") return { ...outcome, notice: { ...outcome.notice, output } };
    for (const part of output.parts) total += part.byteLength;
    return { ...outcome, notice: { ...outcome.notice, output: { kind: "text", parts: output.parts.length } } };
  });
  const bytes = new Uint8Array(total);
  const ends: number[] = [];
  let at = 0;
  for (const outcome of outcomes) {
    if (outcome.kind !== "notice" || outcome.notice.output.kind !== "text") continue;
    for (const part of outcome.notice.output.parts) {
      bytes.set(part, at);
      at += part.byteLength;
      ends.push(at);
    }
  }
  return { meta: JSON.stringify(packed), bytes, ends };
}

/** The outcomes of a batch packed by {@link packOutcomes}; the parts are views of its buffer. */
export function unpackOutcomes(batch: OutcomeBatch): FinishedOutcome[] {
  const packed: PackedOutcome[] = JSON.parse(batch.meta);
  let part = 0;
  let start = 0;
  return packed.map((outcome) => {
    if (outcome.kind !== "notice") return outcome;
    const { output } = outcome.notice;
    if (output.kind === "record") return { ...outcome, notice: { ...outcome.notice, output } };
    const parts: Uint8Array[] = [];
    for (let i = 0; i < output.parts; i++) {
      const end = batch.ends[part++] ?? start;
      parts.push(batch.bytes.subarray(start, end));
      start = end;
    }
    return { ...outcome, notice: { ...outcome.notice, output: { kind: "text", parts } } };
  });
}
