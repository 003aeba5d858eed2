import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../parse-filing.js";
import { EvidenceLocator } from "./locate-evidence.js";

const QUANTUM = join(import.meta.dirname, "..", "..", "fixtures/samples/Luke-Bradford_quantum_nt10k.htm");

describe("EvidenceLocator", () => {
  it("marks a cut evidence text to the end of the word the cut fell in", () => {
    const result = parseFiling(readFileSync(QUANTUM), { path: "quantum.htm", keepTexts: true });
    if (result.kind !== "record" || !result.texts) throw new Error("no record");
    const evidence = result.record.evidence["part3.narrative"];
    if (!evidence || Array.isArray(evidence)) throw new Error("no narrative evidence");
    expect(evidence.text.endsWith("the original due da...")).toBe(true);
    const span = new EvidenceLocator(result.texts).evidence(evidence.line, evidence.column, evidence.text);
    if (!span) throw new Error("narrative not found");
    const marked = result.texts.parts[span.part]?.text.slice(span.start, span.end) ?? "";
    expect(span.exact).toBe(true);
    expect(marked.startsWith("Quantum Corporation")).toBe(true);
    expect(marked.endsWith("the original due date")).toBe(true);
  });
});
