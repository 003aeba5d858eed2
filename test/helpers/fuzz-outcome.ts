import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { decodeBytes } from "../../src/input/decode-bytes.js";
import type { ParseResult } from "../../src/parse-filing-types.js";
import type { Message } from "../../src/core/message.js";
import { emptyRecord } from "../../src/record/empty-record.js";
import { rules } from "../../src/core/rules/index.js";
import { LineIndex } from "../../src/core/line-index.js";
import { inputOffset, type InputOffset } from "../../src/core/input-offset.js";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schema", "record.schema.json"), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The skip that `parseFiling` gives when it caught an exception: a bug, never an acceptable outcome. */
export const INTERNAL_ERROR = "internal-error";

/**
 * How large a record's JSON may grow per input character: four long texts
 * (narrative, explanation, reports not filed, letter) each at most the input,
 * JSON-escaped (a control character takes six), and bounded extras.
 */
const MAX_JSON_PER_CHAR = 32;
const MAX_JSON_EXTRA = 256 * 1024;

/** The input's text as parseFiling sees it (decoded as it decodes bytes). */
function decoded(input: Uint8Array | string): string {
  return typeof input === "string" ? input : decodeBytes(input).text;
}

/** Paths `a.b.c` of every value in `value` that is `undefined`, a function, NaN or an infinity (JSON would change them). */
function unserializable(value: unknown, path: string, out: string[]): void {
  if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
    out.push(`${path} is ${typeof value}`);
  } else if (typeof value === "number" && !Number.isFinite(value)) out.push(`${path} is ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => unserializable(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) unserializable(v, `${path}.${k}`, out);
  }
}

/** Keys of the SPEC template (from `emptyRecord`) missing in `value`, recursively through objects that are present. */
function missingKeys(template: unknown, value: unknown, path: string, out: string[]): void {
  if (template === null || typeof template !== "object" || Array.isArray(template)) return;
  if (value === null || typeof value !== "object") return; // an object may be null only where the schema allows (auditorLetter)
  // evidence (a map) and the lists are empty in the template: their entries are checked elsewhere.
  for (const [k, t] of Object.entries(template)) {
    if (!(k in (value as object))) out.push(`${path ? path + "." : ""}${k} is missing`);
    else missingKeys(t, (value as Record<string, unknown>)[k], `${path ? path + "." : ""}${k}`, out);
  }
}

/** Whether `line`/`column` point into the text (1-based; the column may sit just past the line's end). */
function placeProblem(index: LineIndex<InputOffset>, text: string, line: unknown, column: unknown, what: string): string | null {
  if (line === null && column === null) return null;
  if (!Number.isInteger(line) || !Number.isInteger(column)) return `${what}: line ${String(line)} column ${String(column)} not whole numbers`;
  const l = line as number;
  const c = column as number;
  if (l < 1 || l > index.starts.length) return `${what}: line ${l} outside 1..${index.starts.length}`;
  const start = index.starts[l - 1] as number;
  const next = index.starts[l] ?? text.length + 1;
  const length = Math.max(0, Math.min(next, text.length + 1) - start);
  if (c < 1 || c > length + 1) return `${what}: column ${c} outside 1..${length + 1} on line ${l}`;
  return null;
}

function messageProblems(m: Omit<Message, "ruleId"> & { ruleId: string }, index: LineIndex<InputOffset>, text: string, what: string): string[] {
  const out: string[] = [];
  if (typeof m.ruleId !== "string" || !(m.ruleId in rules)) out.push(`${what}: ruleId ${String(m.ruleId)} is not in the catalogue`);
  if (typeof m.message !== "string" || m.message.length === 0) out.push(`${what}: empty message`);
  if (m.path !== undefined && m.path !== null && typeof m.path !== "string") out.push(`${what}: path ${String(m.path)}`);
  const place = placeProblem(index, text, m.line, m.column, what);
  if (place) out.push(place);
  return out;
}

/**
 * Everything wrong with one outcome of `parseFiling(input, { path })`, as
 * readable lines (empty when all is well):
 * - a record or a skip, said by `kind`;
 * - a skip has a catalogued ruleId other than `internal-error` (which means
 *   an exception was caught) and a reason;
 * - a record matches schema/record.schema.json, has every field of SPEC.md
 *   (nulls, never `undefined`), survives a JSON round trip unchanged, names
 *   the input's path and SHA-256, and stays within a size bound;
 * - evidence entries are `{ line, column, text }` (or non-empty lists of
 *   them) that point into the input; warnings and messages name catalogued
 *   ruleIds and point into the input.
 */
export function outcomeProblems(result: ParseResult, input: Uint8Array | string, path: string): string[] {
  const out: string[] = [];
  if (result === null || typeof result !== "object") return [`result is ${String(result)}`];
  if (!Array.isArray(result.messages)) out.push("messages is not a list");
  const kind: unknown = result.kind;
  if (kind !== "record" && kind !== "skip") return [...out, `kind is ${String(kind)}`];
  const text = decoded(input);
  const index = new LineIndex(text, inputOffset);
  (result.messages ?? []).forEach((m, i) => out.push(...messageProblems(m, index, text, `messages[${i}]`)));
  if (result.kind === "skip") {
    const { ruleId, reason } = result.skip;
    if (ruleId === INTERNAL_ERROR) out.push(`parseFiling caught an exception: ${reason}`);
    else if (typeof ruleId !== "string" || !(ruleId in rules)) out.push(`skip ruleId ${String(ruleId)} is not in the catalogue`);
    if (typeof reason !== "string" || reason.trim() === "") out.push("skip without a reason");
    return out;
  }
  const record = result.record;
  if (!validate(record)) out.push(...(validate.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message ?? ""}`));
  missingKeys(emptyRecord("", "", "text"), record, "", out);
  unserializable(record, "record", out);
  const json = JSON.stringify(record);
  if (JSON.stringify(JSON.parse(json)) !== json) out.push("record changes in a JSON round trip");
  if (json.length > MAX_JSON_PER_CHAR * text.length + MAX_JSON_EXTRA) out.push(`record JSON is ${json.length} characters for a ${text.length}-character input`);
  if (record.source.path !== path) out.push(`source.path ${record.source.path} is not ${path}`);
  const sha = createHash("sha256").update(input).digest("hex");
  if (record.source.sha256 !== sha) out.push("source.sha256 is not the input's");
  for (const [key, value] of Object.entries(record.evidence)) {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) out.push(`evidence ${key} is an empty list`);
    list.forEach((e, i) => {
      if (typeof e?.text !== "string") out.push(`evidence ${key}[${i}] has no text`);
      const place = placeProblem(index, text, e?.line, e?.column, `evidence ${key}[${i}]`);
      if (place) out.push(place);
      if (e?.line === null) out.push(`evidence ${key}[${i}] has no line`);
    });
  }
  record.warnings.forEach((w, i) => out.push(...messageProblems(w, index, text, `warnings[${i}]`)));
  return out;
}
