/**
 * Every pattern of the project (each RegExp exported from a `*-patterns.ts`
 * file of src/, found by reading the folders, so a new pattern is covered the day it is
 * added) runs in linear time on hostile text:
 *
 * - on long runs of one unit (blanks, underscores, letters, digits, form
 *   words, real lines of the notices), used as the pattern is used (a
 *   global pattern over the whole text, a sticky one at one place, others
 *   once), time per character stays small and doubling the text at most
 *   about doubles the time;
 * - on short pieces of the same units (80 to 300 characters, the size of a
 *   clause a caller hands a pattern), one call stays far below a
 *   millisecond: a bounded pattern can still backtrack thousands of times
 *   per call ("(?:\s*[\w'-]{1,30}){0,4}" on an 80-letter word: 3 ms).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bestInTurn } from "../helpers/fuzz-timing.js";
import { FIXTURES } from "../helpers/fuzz-seeds.js";

const SRC = join(import.meta.dirname, "..", "..", "src");

/** Every `*-patterns.ts` file under src/, relative to it, sorted. */
function patternFiles(dir = ""): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? patternFiles(join(dir, e.name)) : e.name.endsWith("-patterns.ts") ? [join(dir, e.name)] : []))
    .sort();
}

/** Units repeated into hostile texts. */
const UNITS: readonly string[] = [
  " ", "\t", "\n", "\r\n", "_", "-", ".", "x", "X", "a", "1", "(", "[", "|", "/", "&", "<", "'", ",", ":",
  "x ", "a ", "1,", ". ", "a.", "A ", "aa-", "a'", "\n\n", " \n", "[X] ", "[ ]", "__X", "(1)", "$1,000 ",
  "December 31, ", "12/31/97 ", "PART ", "Form 10-K ", "YES NO ", "not ", "no ", "increase of ", "net loss ",
  "State below in reasonable detail ", "(Attach extra sheets if needed) ", "Securities and Exchange Commission ",
  "independent ", "Name: ", "By: ", "Title: ", "/s/ ", "LLP ", "(212) ", "N/A ", "Dear ", "To the ",
  "Check One ", "For Period Ended ", "Transition Report on Form ", "Full Name of Registrant ", "12b-25 ",
  "&amp;", "&#9746;", "<td>", "<a ", "<!--", "CONFORMED SUBMISSION TYPE:", "<TYPE>", "<DOCUMENT>", "KEY: v\n",
  "restatement ", "material weakness ", "is not expected ", "forward-looking ", "could cause ", "fiscal year ended ",
  "Acme Holdings Inc ", "Aa Bb, ",
  // What fetch's patterns read: User-Agents, option values, submission headers, index headers.
  "a@b.", "x.y@", "0001376339-20-", "ACCESSION NUMBER: ", "<SEC-DOCUMENT>", "2024Q1..", "-----",
];

/** Every {@link LINE_STEP}th line of the 1998 notice and the 1990s excerpts, as units too. */
function realLines(): string[] {
  const files = ["samples/igene-nt10k-1998.txt", ...readdirSync(join(FIXTURES, "excerpts")).filter((n) => n.endsWith(".txt")).map((n) => `excerpts/${n}`)];
  const lines = new Set<string>();
  for (const f of files) for (const line of readFileSync(join(FIXTURES, f), "utf8").split(/\r?\n/)) if (line.trim()) lines.add(`${line}\n`);
  return [...lines].filter((_, i) => i % LINE_STEP === 0);
}

/** One real line in this many is a unit (all of them make the file run a minute). */
const LINE_STEP = 6;

/** Runs `re` over `text` as it is used: all matches for a global pattern, one try otherwise. */
function runAsUsed(re: RegExp, text: string): void {
  if (re.global) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) !== null && n++ < 1_000_000) if (m[0].length === 0) re.lastIndex++;
    re.lastIndex = 0;
  } else {
    re.lastIndex = 0;
    re.exec(text);
    re.lastIndex = 0;
  }
}

/** The best of three CPU timings of `run`. */
function best(run: () => void): number {
  return bestInTurn([run], 3)[0] ?? Infinity;
}

const patterns: { name: string; re: RegExp }[] = [];
const units = [...UNITS];

beforeAll(async () => {
  for (const file of patternFiles()) {
    const mod = (await import(join(SRC, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof RegExp) patterns.push({ name: `${file}:${name}`, re: value });
  }
  units.push(...realLines());
});

/** Characters of the long texts (and twice that for the doubling). */
const LONG = 10_000;
/**
 * CPU time per character allowed (500 ms per MB): the heaviest linear
 * pattern here, an amount on "$1$1$1…", takes about half of it; the
 * narrative instruction before its fix, 400 characters retried 21 times at
 * each "State below in reasonable detail", took more.
 */
const MAX_MS_PER_CHAR = 0.0005;
/** Below this a doubling says nothing. */
const MEANINGFUL_MS = 5;

describe("every exported pattern", () => {
  it("finds the patterns", () => {
    expect(patterns.length).toBeGreaterThan(100);
    // fetch's too: the User-Agent's e-mail, option values, the checks of downloaded files.
    const fetchPatterns = patterns.filter((p) => p.name.startsWith("fetch/fetch-patterns.ts:")).map((p) => p.name.split(":")[1]);
    expect(fetchPatterns).toEqual(expect.arrayContaining(["USER_AGENT_EMAIL", "SUBMISSION_ACCESSION", "SUBMISSION_END", "INDEX_SEPARATOR", "RETRY_AFTER_SECONDS"]));
  });

  it("runs in linear time over long runs of hostile units", () => {
    const slow: string[] = [];
    for (const { name, re } of patterns) {
      for (const unit of units) {
        const text = unit.repeat(Math.ceil(LONG / unit.length));
        const one = best(() => runAsUsed(re, text));
        if (one <= MEANINGFUL_MS && one <= text.length * MAX_MS_PER_CHAR) continue;
        const twice = unit.repeat(Math.ceil((2 * LONG) / unit.length));
        // Both lengths timed in turn, so that both see the same load; again when the growth looks steep.
        const runs = [() => runAsUsed(re, text), () => runAsUsed(re, twice)];
        const times = bestInTurn(runs, 3, [one, Infinity]);
        const tooSlow = (): boolean => {
          const [a, b] = times as [number, number];
          return b > twice.length * MAX_MS_PER_CHAR || (b > MEANINGFUL_MS && b / Math.max(a, 0.5) > 3.2);
        };
        if (tooSlow()) bestInTurn(runs, 5, times);
        const label = `${name} on ${JSON.stringify(unit.slice(0, 40))}: ${times[0]?.toFixed(1)} ms, doubled ${times[1]?.toFixed(1)} ms`;
        if (tooSlow()) slow.push(label);
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it("never backtracks for long on a short piece of text", () => {
    const slow: string[] = [];
    for (const { name, re } of patterns) {
      for (const unit of units) {
        for (const length of [80, 300]) {
          const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
          const calls = 20;
          const ms = best(() => {
            for (let k = 0; k < calls; k++) runAsUsed(re, text);
          });
          // 0.2 ms a call: a few thousand steps at most.
          if (ms / calls > 0.2) slow.push(`${name} on ${length} × ${JSON.stringify(unit.slice(0, 30))}: ${(ms / calls).toFixed(3)} ms a call`);
        }
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
