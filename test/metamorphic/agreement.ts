import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isUtf8 } from "node:buffer";
import { parseFiling } from "../../src/index.js";
import { LAYOUTS } from "./relayout.js";

/**
 * Field agreement between a notice's golden record and the record of the
 * same notice in another layout (see relayout.ts).
 */

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
const INPUT = /\.(txt|htm|html|nc)$/i;

/** Groups of the record compared; `source`, `evidence`, `warnings` and `history` depend on the bytes or the batch, not the notice. */
const GROUPS = ["filing", "form", "registrant", "part2", "part3", "part4", "signature", "auditorLetter", "intent", "reasons"];
/** Long texts: their paragraph breaks cannot survive every layout, so white space is compared folded. */
const LONG_TEXT = new Set(["part3.narrative", "part4.changeExplanation", "auditorLetter.text"]);

/** One fixture: its path under fixtures/, whether it is a real filing, and its golden record. */
export interface Fixture {
  path: string;
  real: boolean;
  kind: "text" | "html";
  golden: Record<string, unknown>;
}

function files(dir: string): string[] {
  const abs = join(FIXTURES, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => {
      const rel = join(dir, name);
      return statSync(join(FIXTURES, rel)).isDirectory() ? files(rel) : INPUT.test(name) ? [rel] : [];
    });
}

/** Every fixture that has a golden record, real filings first (samples, excerpts), then the constructed notices. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const [dir, real] of [["samples", true], ["excerpts", true], ["constructed", false]] as const) {
    for (const path of files(dir)) {
      const expected = join(FIXTURES, "expected", `${path}.json`);
      if (!existsSync(expected)) continue;
      const parsed = JSON.parse(readFileSync(expected, "utf8")) as { record?: Record<string, unknown> };
      if (!parsed.record) continue;
      const kind = parsed.record.source && (parsed.record.source as { format?: string }).format === "html" ? "html" : "text";
      out.push({ path, real, kind, golden: parsed.record });
    }
  }
  return out;
}

/** The compared leaf values of a record, by path (lists compared whole). */
export function leaves(record: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (value: unknown, path: string): void => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
      return;
    }
    out.set(path, LONG_TEXT.has(path) && typeof value === "string" ? value.replace(/\s+/g, " ").trim() : value);
  };
  for (const group of GROUPS) visit(record[group], group);
  return out;
}

/** A field whose value differs in a layout. */
export interface Miss {
  fixture: string;
  field: string;
  want: unknown;
  got: unknown;
}

/** An evidence position that does not fall on its line of the re-laid-out input. */
export interface BadEvidence {
  fixture: string;
  field: string;
  line: number;
  column: number;
}

/** The agreement of one layout over the fixtures it applies to. */
export interface LayoutScore {
  layout: string;
  fixtures: number;
  fields: number;
  agree: number;
  misses: Miss[];
  evidence: number;
  badEvidence: BadEvidence[];
}

/** Whether an evidence point lies on its line: line within the file, column at most one past the line's last character. */
function onItsLine(lines: string[], line: number, column: number): boolean {
  const text = lines[line - 1];
  return text !== undefined && column >= 1 && column <= text.length + 1;
}

/** Scores one layout over the fixtures. */
export function scoreLayout(layout: string, fixtures: Fixture[]): LayoutScore {
  const relayout = LAYOUTS[layout];
  if (!relayout) throw new Error(`unknown layout ${layout}`);
  const score: LayoutScore = { layout, fixtures: 0, fields: 0, agree: 0, misses: [], evidence: 0, badEvidence: [] };
  for (const fixture of fixtures) {
    const bytes = readFileSync(join(FIXTURES, fixture.path));
    const encoding = isUtf8(bytes) ? "utf8" : "latin1";
    const text = relayout(bytes.toString(encoding), fixture.kind);
    if (text === null) continue;
    score.fixtures++;
    const result = parseFiling(Buffer.from(text, encoding), { path: fixture.path });
    const record = result.kind === "record" ? result.record : null;
    const got = record ? leaves(record) : new Map<string, unknown>();
    for (const [field, want] of leaves(fixture.golden)) {
      score.fields++;
      const value = got.get(field);
      if (JSON.stringify(value) === JSON.stringify(want)) score.agree++;
      else score.misses.push({ fixture: fixture.path, field, want, got: value });
    }
    const lines = text.split(/\r\n|\r|\n/);
    const evidence = (record?.evidence ?? {}) as Record<string, { line: number; column: number } | { line: number; column: number }[]>;
    for (const [field, entry] of Object.entries(evidence)) {
      for (const e of Array.isArray(entry) ? entry : [entry]) {
        score.evidence++;
        if (!onItsLine(lines, e.line, e.column)) score.badEvidence.push({ fixture: fixture.path, field, line: e.line, column: e.column });
      }
    }
  }
  return score;
}
