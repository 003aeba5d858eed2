/**
 * The one golden-file policy of the test suites: the expected file sits
 * beside its input (or under fixtures/expected/); a missing expected file
 * fails; `UPDATE=1` writes every expected file from the actual output, and
 * the diff is reviewed before it is committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

/** Whether this run rewrites the expected files. */
export const UPDATE = process.env["UPDATE"] === "1";

/** Compares `actual` with the expected file at `path` (writing it first under UPDATE=1). */
export function expectGolden(path: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE=1 and review the new file`).toBe(true);
  const expected = readFileSync(path, "utf8");
  if (actual === expected) return;
  // Name the first line that differs rather than printing a diff of megabytes.
  const a = actual.split("\n");
  const e = expected.split("\n");
  const i = a.findIndex((line, k) => line !== e[k]);
  const at = i === -1 ? a.length : i;
  expect(a[at], `${path} line ${at + 1} differs (UPDATE=1 rewrites it)`).toBe(e[at]);
}
