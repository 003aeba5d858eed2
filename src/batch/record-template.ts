import { stringify } from "csv-stringify/sync";
import { CSV_PATHS, flattenRecord } from "../output/flatten-record.js";
import { EDGE_SPACE } from "../output/output-patterns.js";
import { protectCell } from "../output/protect-cell.js";
import type { CsvOptions, TextFormat } from "../output/record-writer.js";
import type { NtRecord } from "../record/types.js";

/**
 * A record's output text, made where it was parsed, with the `history`
 * values left open: the main thread fills them in, in input order, without
 * parsing or serialising the record again. The text between the holes is
 * exactly what the format's writer (`createRecordWriter`) gives for the record.
 */

/** How a text format writes a record. */
export interface TextShape {
  format: TextFormat;
  /** Options of the CSV writer (ignored by the JSON formats). */
  csv: CsvOptions;
}

/** The record's `history` group, as the main thread completes it. */
export type HistoryValues = NtRecord["history"];

/** The history values a batch fills in. */
const FILLED: readonly ("priorNotices" | "firstTime")[] = ["priorNotices", "firstTime"];
/** The CSV columns the main thread fills in, in column order. */
const CSV_HOLES: readonly ("priorNotices" | "firstTime")[] = FILLED.map((key) => ({ key, at: CSV_PATHS.indexOf(`history.${key}`) }))
  .sort((a, b) => a.at - b.at)
  .map((hole) => hole.key);
/** Their places among the CSV cells. */
const CSV_HOLE_AT: readonly number[] = CSV_HOLES.map((key) => CSV_PATHS.indexOf(`history.${key}`));

/**
 * The record's text in `shape`, cut where the history values go: one part
 * more than there are holes (JSON: the whole `history` object; CSV: its
 * `prior_notices` and `first_time` cells).
 */
export function recordTemplate(record: NtRecord, shape: TextShape): string[] {
  switch (shape.format) {
    case "jsonl": {
      const [head = "", tail = ""] = jsonParts(record, 0);
      return [head, tail + "\n"];
    }
    case "json":
      return jsonParts(record, 2);
    case "csv":
      return csvParts(record, shape.csv);
  }
}

/**
 * The text of the `index`-th record (from 0) of the output, its history
 * values filled in: what `createRecordWriter(shape).record` gives for the
 * record with `history` set to `history`.
 */
export function fillTemplate(parts: readonly string[], history: HistoryValues, shape: TextShape, index: number): string {
  const { lead, holes } = templateHoles(history, shape, index);
  let text = lead;
  parts.forEach((part, i) => {
    text += (i > 0 ? (holes[i - 1] ?? "") : "") + part;
  });
  return text;
}

/** Encodes text as UTF-8 into a buffer of its own (safe to move to another thread). */
const UTF8 = new TextEncoder();

/** A record template's parts as UTF-8 bytes, each in a buffer of its own (see {@link recordTemplate}). */
export function encodeTemplate(parts: readonly string[]): Uint8Array[] {
  return parts.map((part) => UTF8.encode(part));
}

/**
 * {@link fillTemplate} over a template encoded by {@link encodeTemplate}:
 * the same text as UTF-8 chunks, the template's own bytes not copied (the
 * main thread never joins or re-encodes a record's text).
 */
export function fillTemplateBytes(parts: readonly Uint8Array[], history: HistoryValues, shape: TextShape, index: number): Uint8Array[] {
  const { lead, holes } = templateHoles(history, shape, index);
  const chunks: Uint8Array[] = [];
  if (lead.length > 0) chunks.push(Buffer.from(lead));
  parts.forEach((part, i) => {
    const hole = i > 0 ? (holes[i - 1] ?? "") : "";
    if (hole.length > 0) chunks.push(Buffer.from(hole));
    chunks.push(part);
  });
  return chunks;
}

/** What goes before a record's first part (`lead`) and into each hole between its parts. */
function templateHoles(history: HistoryValues, shape: TextShape, index: number): { lead: string; holes: string[] } {
  switch (shape.format) {
    case "jsonl":
      return { lead: "", holes: [JSON.stringify(history)] };
    case "json":
      return { lead: index > 0 ? ",\n" : "", holes: [JSON.stringify(history, null, 2).replaceAll("\n", "\n  ")] };
    case "csv":
      return { lead: "", holes: CSV_HOLES.map((key) => { const value = history[key]; return value === null ? "" : String(value); }) };
  }
}

/** The JSON text of a record (indented by `space`) before and after the value of its top-level `history`. */
function jsonParts(record: NtRecord, space: number): string[] {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let past = false;
  for (const [key, value] of Object.entries(record)) {
    if (key === "history") past = true;
    else if (past) after[key] = value;
    else before[key] = value;
  }
  const head = JSON.stringify(before, null, space);
  const tail = JSON.stringify(after, null, space);
  const open = space === 0 ? "" : "\n" + " ".repeat(space);
  const key = `${open}"history":${space === 0 ? "" : " "}`;
  const empty = (json: string): boolean => json === "{}";
  // `{…}` less its closing brace (and the line break before it), then the key.
  const start = empty(head) ? `{${key}` : `${head.slice(0, space === 0 ? -1 : -2)},${key}`;
  // `{…}` less its opening brace, after a comma; or the closing brace alone.
  const end = empty(tail) ? `${space === 0 ? "" : "\n"}}` : `,${tail.slice(1)}`;
  return [start, end];
}

/** The CSV line of a record, cut at the history cells. */
function csvParts(record: NtRecord, options: CsvOptions): string[] {
  const guard = options.formulaGuard ? protectCell : (value: string) => value;
  const cells = flattenRecord(record).map((c) => (c === null ? "" : guard(c)));
  const parts: string[] = [];
  let from = 0;
  CSV_HOLE_AT.forEach((at, i) => {
    const segment = cells.slice(from, at);
    const joined = csvJoin(segment);
    parts.push(i === 0 ? (segment.length > 0 ? joined + "," : "") : "," + (segment.length > 0 ? joined + "," : ""));
    from = at + 1;
  });
  const rest = cells.slice(from);
  parts.push((rest.length > 0 ? "," + csvJoin(rest) : "") + "\n");
  return parts;
}

/** Cells joined as one CSV line without its end (quoted as the CSV writer quotes them). */
function csvJoin(cells: string[]): string {
  return stringify([cells], { eof: false, record_delimiter: "unix", quoted_match: EDGE_SPACE });
}
