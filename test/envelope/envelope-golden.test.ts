import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { peekSubmissionType } from "../../src/envelope/peek-submission-type.js";
import { readEnvelope } from "../../src/envelope/read-envelope.js";
import { selectDocuments } from "../../src/envelope/select-documents.js";
import { FIXTURES, loadFixture } from "./envelope-fixtures.js";

/** Every input fixture of the envelope stage (not the expected outputs, not SOURCES). */
function inputs(): string[] {
  const isInput = (f: string) => f.includes(".") && !f.endsWith(".envelope.json") && !f.endsWith(".tsv");
  return [
    ...readdirSync(FIXTURES).filter(isInput),
    ...readdirSync(FIXTURES + "real").filter(isInput).map((f) => `real/${f}`),
  ].sort();
}

/** What the envelope stage makes of one input, with the text of every span. */
function describeInput(name: string): unknown {
  const { text, encoding } = loadFixture(name);
  const env = readEnvelope(text);
  const sel = selectDocuments(env, text);
  const spans = (ev: Record<string, { start: number; end: number }>) =>
    Object.fromEntries(Object.entries(ev).map(([k, s]) => [k, { ...s, text: text.slice(s.start, s.end) }]));
  return {
    encoding,
    peekedType: peekSubmissionType(text),
    kind: env.kind,
    header: env.header && { ...env.header, evidence: spans(env.header.evidence) },
    documents: env.documents.map((d) => ({
      ...d,
      evidence: spans(d.evidence),
      bodyHead: text.slice(d.bodyStart, Math.min(d.bodyEnd, d.bodyStart + 60)),
      bodyTail: text.slice(Math.max(d.bodyStart, d.bodyEnd - 60), d.bodyEnd),
    })),
    // Prose is not part of the contract: ruleIds and offsets are.
    warnings: env.warnings.map(({ ruleId, line, column }) => ({ ruleId, line, column })),
    selection: {
      notice: sel.notice ? env.documents.indexOf(sel.notice) : null,
      letters: sel.letters.map((l) => env.documents.indexOf(l)),
      skip: sel.skipReason?.ruleId ?? null,
    },
  };
}

describe("envelope golden files (UPDATE=1 regenerates)", () => {
  for (const name of inputs()) {
    it(name, () => {
      const expectedPath = `${FIXTURES}${name}.envelope.json`;
      const actual = describeInput(name);
      if (process.env["UPDATE"] === "1") writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
