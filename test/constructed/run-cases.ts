import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../src/record/types.js";
import { caseKey, CONSTRUCTED, parseFixture, valueAt, type FixtureCase } from "./fixture-case.js";
import { PENDING } from "./pending-list.js";
import { recordOf, skipOf } from "../helpers/parse-result.js";

/** Pseudo-paths checked for every fixture besides its fields. */
export const RECORD_CHECK = "(record)";
export const WARNINGS_CHECK = "(warnings)";
export const EVIDENCE_CHECK = "(evidence)";

/** Paths whose value is an ISO date: their evidence is the date as written, not the value. */
const DATE_PATH = /(?:Date|date|Ended)$/;

/**
 * For every expected text value the record gets right, where its evidence
 * points in the fixture file and what stands there, when that is not the
 * value's first word (dates: only that evidence exists).
 */
function evidenceMisses(c: FixtureCase): string[] {
  const record = recordOf(parseFixture(c.fixture));
  if (!record) return ["no record"];
  const lines = readFileSync(join(CONSTRUCTED, c.fixture), "utf8").split(/\r\n|\r|\n/);
  const misses: string[] = [];
  for (const [path, want] of Object.entries(c.fields)) {
    if (typeof want !== "string" || path.startsWith("source.")) continue;
    if (!isDeepStrictEqual(valueAt(record, path), want)) continue;
    const found = record.evidence[path];
    const ev: Evidence | undefined = Array.isArray(found) ? found[0] : found;
    if (!ev) {
      misses.push(`${path}: no evidence`);
      continue;
    }
    if (DATE_PATH.test(path)) continue;
    const at = (lines[ev.line - 1] ?? "").slice(ev.column - 1);
    const first = want.split(/\s+/)[0] ?? "";
    if (!at.startsWith(first)) misses.push(`${path}: ${ev.line}:${ev.column} shows ${JSON.stringify(at.slice(0, 24))}, not ${JSON.stringify(first)}`);
  }
  return misses;
}
/**
 * Registers one test per expected field of each case. `settled` runs the
 * assertions that are not in the pending list; `pending` runs only those that
 * are (test/constructed/pending.test.ts), so every known failure stays a
 * plain failing test with its diagnosis beside it.
 */
export function describeCases(cases: readonly FixtureCase[], which: "settled" | "pending"): void {
  const wanted = (fixture: string, path: string): boolean => (which === "pending") === caseKey(fixture, path) in PENDING;
  for (const c of cases) {
    const paths = Object.keys(c.fields).filter((p) => wanted(c.fixture, p));
    const checkRecord = wanted(c.fixture, RECORD_CHECK);
    const checkWarnings = wanted(c.fixture, WARNINGS_CHECK);
    const checkEvidence = wanted(c.fixture, EVIDENCE_CHECK);
    if (paths.length === 0 && !checkRecord && !checkWarnings && !checkEvidence) continue;
    describe(`${c.fixture} (${c.variation})`, () => {
      if (checkRecord) {
        it("yields a record, not a skip", () => {
          const result = parseFixture(c.fixture);
          expect(skipOf(result)).toBeNull();
          expect(recordOf(result)).not.toBeNull();
        });
      }
      if (checkWarnings) {
        it(c.complete ? "has no section-missing warning" : "warns about each missing part", () => {
          const warnings = recordOf(parseFixture(c.fixture))?.warnings ?? [];
          const got = warnings.map((w) => ({ ruleId: w.ruleId, path: w.path }));
          if (c.complete) expect(got.filter((w) => w.ruleId === "section-missing")).toEqual([]);
          for (const w of c.warnings ?? []) expect(got).toContainEqual(w);
        });
      }
      if (checkEvidence) {
        const note = which === "pending" ? ` — ${PENDING[caseKey(c.fixture, EVIDENCE_CHECK)] ?? ""}` : "";
        it(`evidence of each text value points at it in the file${note}`, () => {
          expect(evidenceMisses(c)).toEqual([]);
        });
      }
      for (const path of paths) {
        const note = which === "pending" ? ` — ${PENDING[caseKey(c.fixture, path)] ?? ""}` : "";
        it(`${path}${note}`, () => {
          const record = recordOf(parseFixture(c.fixture));
          expect(record, "the fixture yields a record").not.toBeNull();
          expect(valueAt(record, path)).toEqual(c.fields[path]);
        });
      }
    });
  }
}
