import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchesFrom } from "../../src/core/scan.js";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";
import { KeywordScan } from "../../src/reasons/keyword-scan.js";
import { REASON_TABLE } from "../../src/reasons/reason-table.js";
import { compileRequirement, requiredWords, startsWithWordCharacter, wordsOf, type Requirement } from "../../src/reasons/regex-source.js";
import { assumingPresent, RequirementSet } from "../../src/reasons/requirement-set.js";

/*
 * The keyword prefilter runs a row of the reason table only when the words
 * every match of its phrase must contain occur in the text. It must never
 * skip a row that could match: the coder's output is the same with and
 * without it.
 */

const narratives = readdirSync("fixtures/reasons")
  .filter((f) => f.endsWith(".jsonl") && !f.includes("gold"))
  .flatMap((f) =>
    readFileSync(`fixtures/reasons/${f}`, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => (JSON.parse(l) as { narrative: string }).narrative),
  );

/** Whether a text satisfies a requirement, read plainly (no scanner). */
function holds(req: Requirement | null, text: string): boolean {
  if (req === null) return true;
  const lower = text.toLowerCase();
  return compileRequirement(req, (w) => [...wordsOf(req)].indexOf(w))(Uint8Array.from([...wordsOf(req)].map((w) => (lower.includes(w) ? 1 : 0))));
}

describe("required words of a pattern", () => {
  it("reads the words a match must contain", () => {
    expect(requiredWords(/\b(?:restat\w*|non[-\s]?reliance)\b/i)).toEqual({
      kind: "any",
      of: [
        { kind: "word", word: "restat" },
        {
          kind: "all",
          of: [
            { kind: "word", word: "non" },
            { kind: "word", word: "reliance" },
          ],
        },
      ],
    });
    expect(requiredWords(/going\s+concern/i)).toEqual({
      kind: "all",
      of: [
        { kind: "word", word: "going" },
        { kind: "word", word: "concern" },
      ],
    });
    expect(requiredWords(/Chapter (?:7|11|15)/)).toEqual({
      kind: "any",
      of: ["chapter 11", "chapter 15", "chapter 7"].map((word) => ({ kind: "word", word })),
    });
  });

  it("needs nothing where some match needs no word", () => {
    expect(requiredWords(/(?:audit|\w+)/)).toBeNull();
    expect(requiredWords(/(?:the )?x?/)).toBeNull();
    expect(requiredWords(/(?=audit)/)).toBeNull();
  });

  it("knows when a match always starts with a word character", () => {
    expect(startsWithWordCharacter(/(?:audit|review)s?/)).toBe(true);
    expect(startsWithWordCharacter(/(?:the )?audit/)).toBe(true);
    expect(startsWithWordCharacter(/\$\d+/)).toBe(false);
    expect(startsWithWordCharacter(/(?:[-\s]?audit)/)).toBe(false);
    expect(startsWithWordCharacter(/x?/)).toBe(false);
    // every phrase of the table opens with \b, not a lookbehind
    for (const rule of REASON_TABLE) expect(rule.phrase.source.startsWith(String.raw`\b`), rule.id).toBe(true);
  });
});

describe("keyword scan", () => {
  it("finds every word, overlapping ones and any ASCII letter case included", () => {
    const scan = new KeywordScan(["he", "she", "hers", "his", "restat"]);
    const found = scan.found("USHERS were RESTATING");
    const has = (w: string) => found[scan.idOf(w)] === 1;
    expect(["he", "she", "hers", "restat"].every(has)).toBe(true);
    expect(has("his")).toBe(false);
  });

  it("finds the words inside a range only", () => {
    const scan = new KeywordScan(["audit", "delay", "going concern"]);
    const text = "The audit. A delay of the going concern review.";
    const words = (from: number, to: number) => scan.foundIn(text, from, to).map((id) => ["audit", "delay", "going concern"][id]);
    expect(words(0, 10)).toEqual(["audit"]);
    expect(words(11, text.length)).toEqual(["delay", "going concern"]);
    expect(words(5, 9)).toEqual([]); // "audit" runs past the end
    expect(words(0, text.length)).toEqual(["audit", "delay", "going concern"]);
  });

  it("refuses words it could not fold like a case-insensitive RegExp", () => {
    expect(() => new KeywordScan(["Audit"])).toThrow();
    expect(() => new KeywordScan(["é"])).toThrow();
    expect(new KeywordScan(["auditor’s"]).size).toBe(1);
  });
});

describe("requirements tested together", () => {
  const needs = REASON_TABLE.map((rule) => requiredWords(rule.phrase));
  const scan = new KeywordScan(new Set(needs.flatMap((need) => (need ? [...wordsOf(need)] : []))));
  const set = new RequirementSet(needs, (w) => scan.idOf(w), scan.size);
  const one = needs.map((need) => (need ? compileRequirement(need, (w) => scan.idOf(w)) : null));

  it("gives each row the value of its own formula", () => {
    const differ: string[] = [];
    const texts = [...narratives, "", "audit", "the going concern", ...narratives.map((t) => t.slice(0, 80))];
    for (const text of texts) {
      const found = scan.found(text);
      const rows = set.rowsFor(scan.foundIds(text));
      one.forEach((test, i) => {
        if ((test === null || test(found)) !== (rows[i] === 1)) differ.push(`${REASON_TABLE[i]?.id}: ${text.slice(0, 40)}`);
      });
    }
    expect(differ).toEqual([]);
  });

  it("lists each word found once, as found() marks it", () => {
    const text = narratives[0] ?? "";
    const ids = scan.foundIds(text);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...scan.found(text)].flatMap((v, id) => (v === 1 ? [id] : [])).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });

  it("weakens a requirement when words are taken as present", () => {
    const of = (...words: string[]): Requirement[] => words.map((word) => ({ kind: "word", word }));
    const common = new Set(["of", "the"]);
    expect(assumingPresent({ kind: "all", of: of("lack", "of", "funds") }, common)).toEqual({ kind: "all", of: of("lack", "funds") });
    expect(assumingPresent({ kind: "all", of: of("of", "audit") }, common)).toEqual({ kind: "word", word: "audit" });
    expect(assumingPresent({ kind: "any", of: of("the", "audit") }, common)).toBeNull();
    expect(assumingPresent({ kind: "all", of: of("of", "the") }, common)).toBeNull();
  });
});

describe("reason table under the prefilter", () => {
  it("never rules out a row whose phrase matches", () => {
    // Misses are gathered and compared once: an assertion per match costs more than the check.
    const missed: string[] = [];
    for (const rule of REASON_TABLE) {
      const need = requiredWords(rule.phrase);
      for (const text of narratives) {
        for (const m of matchesFrom(text, rule.phrase, 0)) {
          // the text around the match, and the match alone in another letter case
          if (!holds(need, text) || !holds(need, m[0].toUpperCase())) missed.push(`${rule.id}: ${m[0]}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("codes every labelled narrative the same with and without it", () => {
    for (const narrative of narratives) {
      expect(classifyReasons({ narrative })).toEqual(classifyReasons({ narrative }, { prefilter: false }));
    }
  });
});
