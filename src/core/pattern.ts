import { createRequire } from "node:module";
import { NATIVE_SOURCES } from "./pattern-table.js";

/**
 * Compiles a named, commented pattern (XRegExp free-spacing syntax: white
 * space is ignored and `#` starts a comment) to a native RegExp with
 * `flags`. A pattern whose captures' offsets are read (`match.indices`) asks
 * for the `d` flag; no other has it, since V8 works the offsets out on every
 * match of such a pattern (several times the cost of the match itself).
 *
 * The free-spacing syntax is turned into a native source by XRegExp at
 * build time (src/core/pattern-table.ts): at run time this is a table
 * lookup, and XRegExp is loaded only for a pattern the build did not see.
 *
 * Every pattern of the project goes through here and lives as a named
 * constant in a `*-patterns.ts` file beside the code that uses it (in
 * `src/core/` when several stages use it); none may nest unbounded
 * quantifiers. A pattern is compiled once; the variants that scanning needs
 * come from {@link variant}, never from `new RegExp(x.source, …)` at the
 * place of use.
 */
export function pattern(source: string, flags = ""): RegExp {
  return new RegExp(nativeSource(source), flags);
}

/** Every free-spacing source compiled in this process, with its native source. */
const compiledHere = new Map<string, string>();

/**
 * The native source of a free-spacing pattern: from the table made at build
 * time (src/core/pattern-table.ts), else compiled through XRegExp, which is
 * loaded only then.
 */
function nativeSource(source: string): string {
  const known = compiledHere.get(source) ?? NATIVE_SOURCES.get(source);
  if (known !== undefined) {
    compiledHere.set(source, known);
    return known;
  }
  const compiled = loadXRegExp()(source, "x");
  const names = (compiled as unknown as { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames;
  const made = restoreNames(compiled.source, names ?? null);
  compiledHere.set(source, made);
  return made;
}

type XRegExpFunction = (source: string, flags: string) => RegExp;
let xregexp: XRegExpFunction | null = null;

/** XRegExp, loaded on first use (synchronously: patterns are module constants). */
function loadXRegExp(): XRegExpFunction {
  xregexp ??= createRequire(import.meta.url)("xregexp") as XRegExpFunction;
  return xregexp;
}

/**
 * Every pattern compiled so far in this process, as free-spacing source →
 * native source: what the build writes into the table once every module is
 * loaded, and what a test checks it covers.
 */
export function compiledPatterns(): ReadonlyMap<string, string> {
  return compiledHere;
}

/**
 * XRegExp turns `(?<name>…)` into a plain group and keeps the names aside;
 * put them back as native named groups so `match.groups` and
 * `match.indices.groups` work.
 */
function restoreNames(source: string, names: (string | null)[] | null): string {
  if (!names || names.every((n) => n === null)) return source;
  let out = "";
  let group = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    out += c;
    if (c === "\\") {
      out += source[i + 1] ?? "";
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(" && source[i + 1] !== "?") {
      const name = names[group++];
      if (name) out += `?<${name}>`;
    }
  }
  return out;
}

/**
 * Composes a pattern from named sub-patterns: `{{name}}` in `source` is
 * replaced by the (non-capturing) source of `parts[name]`.
 */
export function compose(source: string, parts: Record<string, RegExp | string>, flags = ""): RegExp {
  const expanded = source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`compose: unknown part ${name}`);
    // Strings are spliced in free-spacing form so their named groups survive;
    // a compiled RegExp is spliced as its native source.
    return `(?:${typeof part === "string" ? part : part.source})`;
  });
  return pattern(expanded, flags);
}

/** What a pattern is run for: scanning a text left to right, or matching at one offset. */
export type PatternUse = "scan" | "at";

const variants = new WeakMap<RegExp, Partial<Record<PatternUse, RegExp>>>();

/**
 * The variant of a compiled pattern for one use, compiled once and kept:
 * `scan` is global, `at` is sticky; both leave out the `d` flag (scans read
 * whole-match offsets and groups only, and capture offsets cost time on
 * every match). A pattern that already has the flags is its own variant.
 *
 * The `lastIndex` of a variant (and of any pattern) carries no state from
 * one call to the next: the helpers of `core/scan.ts` set it just before
 * each `exec`, keeping their position in a local variable, so scans of one
 * pattern can nest and a shared constant is never left half-way.
 */
export function variant(re: RegExp, use: PatternUse): RegExp {
  let known = variants.get(re);
  if (!known) variants.set(re, (known = {}));
  const cached = known[use];
  if (cached) return cached;
  const flag = use === "scan" ? "g" : "y";
  const flags = [...re.flags].filter((f) => f !== "g" && f !== "y" && f !== "d").join("") + flag;
  const made = re.flags === flags ? re : new RegExp(re.source, flags);
  if (made.source.length >= LARGE_SOURCE) compileToMachineCode(made);
  known[use] = made;
  return made;
}

/** Sources at least this long (the reason phrases, a few form patterns) are compiled to machine code at once. */
const LARGE_SOURCE = 1_000;
/** A subject long enough for V8 to compile a pattern's machine code on its first run. */
const LONG_SUBJECT = " ".repeat(1_000);

/**
 * Compiles a pattern straight to machine code. V8 first runs a regular
 * expression in its bytecode interpreter and compiles machine code once it
 * has run (tier-up), except on a subject of 1,000 characters or more, where
 * it compiles the machine code at once. For a large case-insensitive
 * pattern, making the bytecode costs several times the machine code, and a
 * pattern that runs twice is compiled both ways; one run on a long blank
 * subject skips the bytecode. Only when the work is done changes, never a
 * match: the run's result is dropped and `lastIndex` put back.
 */
function compileToMachineCode(re: RegExp): void {
  const at = re.lastIndex;
  re.lastIndex = 0;
  re.exec(LONG_SUBJECT);
  re.lastIndex = at;
}
