import { NC_HEADER_TAG, TEXT_HEADER_LINE } from "./envelope-patterns.js";
import { matchesFrom } from "../core/scan.js";

/** One `key: value` of a submission header, with where its value is. */
export interface HeaderEntry {
  /** Canonical key: capitals, hyphens as spaces, blanks collapsed (`REPORTING-OWNER` → `REPORTING OWNER`). */
  key: string;
  /** Canonical name of the top-level section the entry is in (`FILER`, `SUBJECT COMPANY`), or null before any. */
  section: string | null;
  /** 1-based number of that section in the header (0 before any), to tell two FILER blocks apart. */
  sectionIndex: number;
  /** The value, trimmed. */
  value: string;
  /** Offset of the trimmed value in the input text. */
  valueStart: number;
}

/**
 * Top-level sections of a header, each describing one company or person.
 * A filing may have several FILER blocks (co-registrants): the first is the
 * filer. A Form 4 has REPORTING-OWNER and ISSUER instead
 * (fixtures/envelope/real/0001127602-25-001055.txt).
 */
const TOP_LEVEL_SECTIONS: ReadonlySet<string> = new Set([
  "FILER",
  "SUBJECT COMPANY",
  "FILED BY",
  "REPORTING OWNER",
  "ISSUER",
  "DEPOSITOR",
  "SECURITIZER",
  "ISSUING ENTITY",
  "SERIAL COMPANY",
]);

/** Sections nested inside a top-level one. */
const SUBSECTIONS: ReadonlySet<string> = new Set([
  "COMPANY DATA",
  "OWNER DATA",
  "FILING VALUES",
  "BUSINESS ADDRESS",
  "MAIL ADDRESS",
  "FORMER COMPANY",
  "FORMER NAME",
]);

/** Keys that hold a value and may legitimately be left empty; never a section. */
const VALUE_KEYS: ReadonlySet<string> = new Set([
  "ORGANIZATION NAME",
  "COMPANY CONFORMED NAME",
  "CENTRAL INDEX KEY",
  "STANDARD INDUSTRIAL CLASSIFICATION",
  "IRS NUMBER",
  "STATE OF INCORPORATION",
  "FISCAL YEAR END",
  "FORM TYPE",
  "SEC ACT",
  "SEC FILE NUMBER",
  "FILM NUMBER",
  "STREET 1",
  "STREET 2",
  "CITY",
  "STATE",
  "ZIP",
  "BUSINESS PHONE",
  "FORMER CONFORMED NAME",
  "DATE OF NAME CHANGE",
  "SROS",
  "ITEM INFORMATION",
  "GROUP MEMBERS",
]);

/** Canonical keys of the raw keys seen so far: a header's keys are few, and the same in every filing. */
const canonicalKeys = new Map<string, string>();
/** Raw keys kept at most in {@link canonicalKeys} (a hostile header may name any number). */
const MAX_KEPT_KEYS = 1024;

/** Capitals, hyphens as spaces, blanks collapsed. */
function canonicalKey(raw: string): string {
  const known = canonicalKeys.get(raw);
  if (known !== undefined) return known;
  const key = raw
    .toUpperCase()
    .replaceAll("-", " ")
    .replaceAll("\t", " ")
    .split(" ")
    .filter((p) => p.length > 0)
    .join(" ");
  if (canonicalKeys.size < MAX_KEPT_KEYS) canonicalKeys.set(raw, key);
  return key;
}

/** Trims blanks (space, tab) from a value, keeping track of its offset. */
function trimmed(value: string, offset: number): { value: string; start: number } {
  let a = 0;
  let b = value.length;
  while (a < b && (value[a] === " " || value[a] === "\t")) a++;
  while (b > a && (value[b - 1] === " " || value[b - 1] === "\t")) b--;
  return { value: value.slice(a, b), start: offset + a };
}

/**
 * Reads the `KEY: value` lines of a text header (`<SEC-HEADER>` or the
 * 1990s `<IMS-HEADER>`) between `start` and `end` of `text`.
 *
 * Nesting is shown by tab indents (FILER: / COMPANY DATA: / FILING VALUES:),
 * but copies of filings lose or mangle tabs, so sections are told by name:
 * a key with an empty value starts a section when it is a known top-level
 * section, or when it is at the left margin and is neither a known
 * subsection nor a key known to hold a value. Some 1990s headers flatten a
 * section and its first value onto one line (`COMPANY DATA:  COMPANY
 * CONFORMED NAME: HUMANA INC`); the value is then read as a `KEY: value` again.
 */
export function readTextHeaderEntries(text: string, start: number, end: number): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  let section: string | null = null;
  let sectionIndex = 0;
  const region = text.slice(start, end);
  for (const m of matchesFrom(region, TEXT_HEADER_LINE, 0)) {
    const indent = m.groups?.["indent"] ?? "";
    const rawKey = m.groups?.["key"];
    const rawValue = m.groups?.["value"];
    if (rawKey === undefined || rawValue === undefined) continue;
    let key = canonicalKey(rawKey);
    // The value follows the indent, the key and its colon.
    let { value, start: valueStart } = trimmed(rawValue, start + m.index + indent.length + rawKey.length + 1);
    let atMargin = indent === "";
    // A section name followed by more `KEY: value` on the same line.
    for (;;) {
      const isSection = TOP_LEVEL_SECTIONS.has(key) || SUBSECTIONS.has(key);
      if (value === "" || !isSection) break;
      if (TOP_LEVEL_SECTIONS.has(key)) {
        section = key;
        sectionIndex++;
      }
      const colon = value.indexOf(":");
      if (colon <= 0) break;
      const inner = trimmed(value.slice(colon + 1), valueStart + colon + 1);
      key = canonicalKey(value.slice(0, colon));
      value = inner.value;
      valueStart = inner.start;
      atMargin = false;
    }
    if (value === "") {
      if (
        TOP_LEVEL_SECTIONS.has(key) ||
        (atMargin && !SUBSECTIONS.has(key) && !VALUE_KEYS.has(key))
      ) {
        section = key;
        sectionIndex++;
      }
      continue;
    }
    if (TOP_LEVEL_SECTIONS.has(key) || SUBSECTIONS.has(key)) continue;
    entries.push({ key, section, sectionIndex, value, valueStart });
  }
  return entries;
}

/**
 * Reads the tags of a `.nc` `<SUBMISSION>` header between `start` and `end`
 * of `text`: `<ACCESSION-NUMBER>…`, `<TYPE>…`, `<FILER><COMPANY-DATA>
 * <CONFORMED-NAME>…</COMPANY-DATA></FILER>` (fixtures/envelope/real/0002002260-24-000001.nc).
 * A top-level container ends at its closing tag or at the next container.
 */
export function readNcHeaderEntries(text: string, start: number, end: number): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  let section: string | null = null;
  let sectionIndex = 0;
  const region = text.slice(start, end);
  for (const m of matchesFrom(region, NC_HEADER_TAG, 0)) {
    const close = m.groups?.["close"] ?? "";
    const name = m.groups?.["name"];
    const rawValue = m.groups?.["value"];
    if (name === undefined || rawValue === undefined) continue;
    const key = canonicalKey(name);
    if (close === "/") {
      if (key === section) section = null;
      continue;
    }
    // The value follows "<", the name and ">".
    const { value, start: valueStart } = trimmed(rawValue, start + m.index + close.length + name.length + 2);
    if (TOP_LEVEL_SECTIONS.has(key)) {
      section = key;
      sectionIndex++;
      continue;
    }
    if (value === "" || SUBSECTIONS.has(key)) continue;
    entries.push({ key, section, sectionIndex, value, valueStart });
  }
  return entries;
}
