import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { CliOutput } from "../cli/cli-io.js";
import { writeAndWait } from "../cli/guarded-output.js";
import type { ReasonCategory } from "../record/types.js";
import { classifyReasons, type ReasonField, type ReasonInput, type ReasonRole } from "./classify-reasons.js";

/** One coded line of `edgar-nt classify`. */
export interface ClassifiedLine {
  id: string | number;
  reasons: ReasonCategory[];
  evidence: Record<string, Array<{ field: ReasonField; start: number; end: number; text: string; role: ReasonRole }>>;
}

/** What a run over a JSON Lines stream did. */
export interface ClassifyJsonlSummary {
  /** Lines read, blank ones included. */
  lines: number;
  /** Lines coded and written. */
  written: number;
  /** Lines that were not a valid input object (reported on `err`). */
  failed: number;
}

/**
 * Codes a JSON Lines stream of `{id, narrative, changeExplanation?,
 * auditorLetter?}` objects line by line, writing one `{id, reasons,
 * evidence}` line per input line in input order, without holding the whole
 * input. Blank lines are skipped. A line that is not such an object is
 * reported on `err` with its line number and ruleId `reason-input-invalid`,
 * and the run goes on.
 */
export async function classifyJsonl(input: Readable, out: CliOutput, err: CliOutput): Promise<ClassifyJsonlSummary> {
  const summary: ClassifyJsonlSummary = { lines: 0, written: 0, failed: 0 };
  let readError: Error | null = null;
  const lines = createInterface({ input, crlfDelay: Infinity });
  input.on("error", (e: Error) => {
    readError = e;
    lines.close();
  });
  for await (const raw of lines) {
    summary.lines++;
    const line = summary.lines === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
    if (line.trim() === "") continue;
    const parsed = parseLine(line);
    if (typeof parsed === "string") {
      summary.failed++;
      err.write(`classify: line ${summary.lines}: reason-input-invalid: ${parsed}\n`);
      continue;
    }
    await writeAndWait(out, `${JSON.stringify(classifyLine(parsed.id, parsed.input))}\n`);
    summary.written++;
    // The reader went away (`| head`) or the disk is full: nothing more can be written.
    if (out.failure?.()) break;
  }
  if (readError !== null) {
    summary.failed++;
    err.write(`classify: reading stopped after line ${summary.lines}: ${(readError as Error).message}\n`);
  }
  return summary;
}

/** Whether a line is one of `extract`'s records (it has `source` and `part3` objects). */
function isExtractRecord(o: Record<string, unknown>): boolean {
  return isObject(o["source"]) && isObject(o["part3"]);
}

/**
 * The input of one of `extract`'s records: the narrative from
 * `part3.narrative`, the explanation from `part4.changeExplanation`, the
 * letter from `auditorLetter.text`; the id is the record's `source.path`.
 */
function fromRecord(o: Record<string, unknown>): { id: string; input: ReasonInput } | string {
  const source = o["source"] as Record<string, unknown>;
  const id = source["path"];
  if (typeof id !== "string" || id === "") return "a record without source.path";
  const text = (group: unknown, key: string): string | null | undefined => {
    if (group === null || group === undefined) return null;
    if (!isObject(group)) return undefined;
    const v = group[key];
    return v === null || v === undefined ? null : typeof v === "string" ? v : undefined;
  };
  const narrative = text(o["part3"], "narrative");
  const changeExplanation = text(o["part4"], "changeExplanation");
  const auditorLetter = text(o["auditorLetter"], "text");
  if (narrative === undefined || changeExplanation === undefined || auditorLetter === undefined) {
    return "a record whose part3.narrative, part4.changeExplanation or auditorLetter.text is not a string or null";
  }
  return { id, input: { narrative, changeExplanation, auditorLetter } };
}

/** A plain object (not an array, not null). */
function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Codes one input object into its output line. */
function classifyLine(id: string | number, input: ReasonInput): ClassifiedLine {
  const result = classifyReasons(input);
  const evidence: ClassifiedLine["evidence"] = {};
  for (const hit of [...result.hits, ...result.setAside]) {
    const key = `reasons.${hit.category}`;
    (evidence[key] ??= []).push({ field: hit.field, start: hit.start, end: hit.end, text: hit.text, role: hit.role });
  }
  return { id, reasons: result.reasons, evidence };
}

/** The input object of a line, or why the line is not one. */
function parseLine(line: string): { id: string | number; input: ReasonInput } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "not a JSON object";
  const o = value as Record<string, unknown>;
  if (isExtractRecord(o)) return fromRecord(o);
  const id = o["id"];
  if (!(typeof id === "string" && id !== "") && !(typeof id === "number" && Number.isFinite(id))) {
    return "missing id (a non-empty string or a number)";
  }
  if (!("narrative" in o)) return "missing narrative (a string or null)";
  const texts: Record<"narrative" | "changeExplanation" | "auditorLetter", string | null> = {
    narrative: null,
    changeExplanation: null,
    auditorLetter: null,
  };
  for (const key of ["narrative", "changeExplanation", "auditorLetter"] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return `${key} is not a string or null`;
    texts[key] = v;
  }
  return { id, input: texts };
}
