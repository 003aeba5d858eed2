import { CONFORMED_SUBMISSION_TYPE, TYPE_TAG_LINE } from "./envelope-patterns.js";

/** How much of the input {@link peekSubmissionType} looks at. */
const PEEK_LIMIT = 16_384;

/**
 * The submission type visible in the first few KB of an input, or null when
 * none is (a bare document without tags).
 *
 * Looks, in this order, at the text header's `CONFORMED SUBMISSION TYPE:`
 * (SEC-HEADER / IMS-HEADER), then at the first `<TYPE>` tag starting a line:
 * the `.nc` `<SUBMISSION>` header's `<TYPE>` comes before any document, and in
 * a `<DOCUMENT>` envelope without a header it is the first document's type.
 * The value is trimmed and its inner blanks collapsed to one space
 * (`NT  10-K` → `NT 10-K`); an empty value counts as not visible.
 *
 * Only the first {@link PEEK_LIMIT} characters are read, so a caller may pass
 * a whole file or just its head.
 */
export function peekSubmissionType(prefix: string): string | null {
  const head = prefix.length > PEEK_LIMIT ? prefix.slice(0, PEEK_LIMIT) : prefix;
  for (const re of [CONFORMED_SUBMISSION_TYPE, TYPE_TAG_LINE]) {
    for (const m of head.matchAll(re)) {
      const value = normalizeType(m.groups?.["value"]);
      if (value !== null) return value;
    }
  }
  return null;
}

/** Trims a type value and collapses its inner blanks; null when empty. */
export function normalizeType(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null) return null;
  // Most values are written as they are kept: no tab, no blank at either end, no two blanks together.
  if (raw !== "" && !raw.includes("\t") && !raw.includes("  ") && !raw.startsWith(" ") && !raw.endsWith(" ")) return raw;
  const parts = raw.replaceAll("\t", " ").split(" ").filter((p) => p.length > 0);
  return parts.length === 0 ? null : parts.join(" ");
}
