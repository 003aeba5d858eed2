import type { RuleId } from "../core/rules/index.js";
import { matchesFrom } from "../core/scan.js";
import { FORM_MARKERS, LETTER_MARKERS } from "./envelope-patterns.js";
import type { Envelope, EnvelopeDocument } from "./envelope-types.js";
import { isNtType } from "./nt-types.js";
import { visibleTextHead } from "./visible-text-head.js";
import { showsFormStructure } from "./form-structure.js";

/** How many visible characters of a document the content tests read. */
const CONTENT_WINDOW = 6000;

/** Why an input yields no notice: a ruleId of `src/core/rules/core-rules.ts` and a reason. */
export interface SelectionSkip {
  ruleId: RuleId;
  reason: string;
}

/** What {@link selectDocuments} returns. */
export interface DocumentSelection {
  /** The Form 12b-25 notice, or null when the input is skipped. */
  notice: EnvelopeDocument | null;
  /** Other documents that read like the accountant's statement under Rule 12b-25(c). */
  letters: EnvelopeDocument[];
  /** Set exactly when `notice` is null. */
  skipReason: SelectionSkip | null;
}

/**
 * Picks the notice and the accountant's letters among an envelope's documents.
 *
 * - Empty or blank input: skip `empty-input`.
 * - A header whose submission type is not in the NT family (`24F-2NT`, `4`,
 *   `D`, `10-K`…): skip `not-12b25`, the reason naming the type.
 * - Otherwise the notice is the first text document whose `<TYPE>` is in
 *   the NT family. Without one, an untyped document (a bare input, a
 *   `<DOCUMENT>` without `<TYPE>`) is the notice when its first
 *   {@link CONTENT_WINDOW} visible characters show at least two different
 *   printed markers of the form ({@link hasFormMarkers}); a first document
 *   typed outside the NT family means the input is something else
 *   (`not-12b25`). Without a header, the untyped document must also show
 *   the form's structure ({@link showsFormStructure}) and not be a
 *   tab-separated table ({@link isTabTable}): a list of filings, an index
 *   or an article that only names the form is `form-structure-missing`. When the header says NT but no document qualifies, the
 *   skip is `envelope-notice-missing`.
 * - Letters: the other text documents, untyped or exhibits (`EX-99`,
 *   `EX-99.1`, `EX-7`…), that read like an accountant's letter
 *   ({@link readsLikeAccountantLetter}).
 */
export function selectDocuments(env: Envelope, text: string): DocumentSelection {
  const skip = (ruleId: RuleId, reason: string): DocumentSelection => ({
    notice: null,
    letters: [],
    skipReason: { ruleId, reason },
  });
  if (isBlankRange(text, 0, text.length)) return skip("empty-input", "the input holds no text");
  // Each document's visible head is read once, however many tests read it (a bare notice: markers, then structure).
  const heads = new Map<EnvelopeDocument, string>();
  const head = (d: EnvelopeDocument): string => {
    let known = heads.get(d);
    if (known === undefined) heads.set(d, (known = visibleTextHead(text, d.bodyStart, d.bodyEnd, CONTENT_WINDOW)));
    return known;
  };

  const headerType = env.header?.submissionType ?? null;
  if (headerType !== null && !isNtType(headerType)) {
    return skip("not-12b25", `submission type ${headerType} is not a Form 12b-25 notice`);
  }

  const readable = env.documents.filter((d) => d.bodyKind === "text");
  let notice: EnvelopeDocument | null = null;
  const typedNt = env.documents.filter((d) => isNtType(d.type));
  if (typedNt.length > 0) {
    notice = typedNt.find((d) => d.bodyKind === "text") ?? null;
    if (!notice) {
      return skip("envelope-notice-missing", `the ${typedNt[0]?.type ?? "NT"} document is ${typedNt[0]?.bodyKind ?? "not text"}, not text`);
    }
  } else if (headerType !== null) {
    notice =
      readable.find((d) => hasFormMarkers(head(d))) ?? readable.find((d) => d.type === null) ?? null;
    if (!notice) return skip("envelope-notice-missing", `the ${headerType} submission holds no readable notice document`);
  } else {
    const first = env.documents[0];
    if (!first) return skip("not-12b25", "the input holds no document and no Form 12b-25 markers");
    if (first.type !== null) return skip("not-12b25", `document type ${first.type} is not a Form 12b-25 notice`);
    const marked = readable.filter((d) => d.type === null && hasFormMarkers(head(d)));
    if (marked.length === 0) {
      const what = readable.length === 0 ? "no text document" : "no Form 12b-25 markers";
      return skip("not-12b25", `the input shows ${what} in its first ${CONTENT_WINDOW} characters`);
    }
    notice = marked.find((d) => !isTabTable(text, d) && showsFormStructure(head(d))) ?? null;
    if (!notice) {
      const table = marked.every((d) => isTabTable(text, d));
      return skip(
        "form-structure-missing",
        table
          ? "a tab-separated table (a list of filings), not a notice"
          : "the text names Form 12b-25 but does not show the form: no title followed by its captions in order",
      );
    }
  }

  if (isBlankRange(text, notice.bodyStart, notice.bodyEnd)) return skip("empty-input", "the notice document's body is empty");

  const letters = readable.filter(
    (d) => d !== notice && (d.type === null || isExhibitType(d.type)) && readsLikeAccountantLetter(head(d)),
  );
  return { notice, letters, skipReason: null };
}

/**
 * Whether a document's first {@link CONTENT_WINDOW} visible characters
 * (`head`) show at least two different printed markers of Form 12b-25 ("12b-25" or the
 * typo "FORM B-25", "NOTIFICATION OF LATE FILING", "Check One", "Full Name
 * of Registrant", "Transition Report on Form", "Former Name if Applicable",
 * "Registrant Information").
 */
function hasFormMarkers(head: string): boolean {
  return markerNames(head, FORM_MARKERS, 2).size >= 2;
}

/** Lines at the head of a document looked at for a table. */
const TABLE_LINES = 8;
/** Lines of them with the same number (3 or more) of tabs that make a table. */
const TABLE_ROWS = 4;
/** Characters at the head of a document looked at for a table. */
const TABLE_WINDOW = 64 * 1024;

/**
 * Whether a document begins as a tab-separated table: of its first
 * {@link TABLE_LINES} non-blank lines, {@link TABLE_ROWS} hold the same
 * number of tabs, at least three (a `.tsv` list of filings). A notice in
 * plain text has a stray tab or two on a line, never columns.
 */
function isTabTable(text: string, doc: EnvelopeDocument): boolean {
  const stop = Math.min(doc.bodyEnd, doc.bodyStart + TABLE_WINDOW);
  const rowsByTabs = new Map<number, number>();
  let lines = 0;
  let tabs = 0;
  let blank = true;
  for (let i = doc.bodyStart; i <= stop && lines < TABLE_LINES; i++) {
    const c = i < stop ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (!blank) {
        lines++;
        if (tabs >= 3) {
          const rows = (rowsByTabs.get(tabs) ?? 0) + 1;
          if (rows >= TABLE_ROWS) return true;
          rowsByTabs.set(tabs, rows);
        }
      }
      tabs = 0;
      blank = true;
    } else if (c === 9) tabs++;
    else if (c !== 32 && c !== 13) blank = false;
  }
  return false;
}

/**
 * Whether a document (its first {@link CONTENT_WINDOW} visible characters,
 * `head`) reads like an accountant's statement under Rule
 * 12b-25(c): in letter form (a salutation such as "To Whom It May Concern",
 * the Commission and its Washington address as addressee, or the firm
 * writing "we have read…") and speaking as accountants ("independent
 * registered public accounting firm", "certified public accountants") or
 * naming Rule 12b-25(c).
 */
function readsLikeAccountantLetter(head: string): boolean {
  const found = markerNames(head, LETTER_MARKERS);
  const letterForm = found.has("salutation") || found.has("addressee") || found.has("firstPerson");
  return letterForm && (found.has("accountant") || found.has("rule12b25c"));
}

/** The names of the groups of `markers` that match somewhere in `head` (stops once `enough` are found). */
function markerNames(head: string, markers: RegExp, enough = Infinity): Set<string> {
  const names = new Set<string>();
  for (const m of matchesFrom(head, markers, 0)) {
    const groups = m.groups ?? {};
    for (const name in groups) {
      if (groups[name] !== undefined) names.add(name);
    }
    if (names.size >= enough) break;
  }
  return names;
}

/** An exhibit type: `EX-99`, `EX-99.1`, `EX-7`, `EX-99.(C)`. */
function isExhibitType(type: string): boolean {
  return type.toUpperCase().startsWith("EX-");
}

/** Whether `text[start, end)` holds only blanks. */
function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}
