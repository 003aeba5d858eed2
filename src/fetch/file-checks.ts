import { nextMatch } from "../core/scan.js";
import { INDEX_SEPARATOR, SUBMISSION_ACCESSION, SUBMISSION_END, SUBMISSION_START } from "./fetch-patterns.js";

/**
 * A check of a downloaded file, fed its (decompressed) bytes as they arrive;
 * `finish` gives null when the file is complete and what it is, else why not.
 */
export interface FileCheck {
  update(chunk: Buffer): void;
  finish(): string | null;
}

/** How much of a submission's start is kept to find its accession number. */
const HEAD_BYTES = 64 * 1024;
/** How much of a file's end is kept to find its closing tag. */
const TAIL_BYTES = 512;
/** The largest JSON file held to be parsed (EDGAR's largest submissions files are a few MB). */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** Keeps the first `headBytes` and the last `tailBytes` bytes of a stream. */
function headAndTail(headBytes: number, tailBytes: number) {
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let total = 0;
  return {
    update(chunk: Buffer): void {
      total += chunk.length;
      if (head.length < headBytes) head = Buffer.concat([head, chunk.subarray(0, headBytes - head.length)]);
      tail = Buffer.concat([tail, chunk]);
      if (tail.length > tailBytes) tail = tail.subarray(tail.length - tailBytes);
    },
    head: () => head.toString("latin1"),
    tail: () => tail.toString("latin1"),
    total: () => total,
  };
}

/**
 * A full submission (`<accession>.txt`): it names `accession` in its
 * header, and when it opens with `<SEC-DOCUMENT>` it also closes with it
 * (a body cut short has no closing tag).
 */
export function submissionCheck(accession: string): FileCheck {
  const seen = headAndTail(HEAD_BYTES, TAIL_BYTES);
  return {
    update: seen.update,
    finish() {
      if (seen.total() === 0) return "the file is empty";
      const head = seen.head();
      const named = nextMatch(SUBMISSION_ACCESSION, head, 0)?.groups?.["accession"];
      if (named === undefined) return "no accession number in the submission's header";
      if (named !== accession) return `the submission's header names accession ${named}, not ${accession}`;
      if (SUBMISSION_START.test(head) && !SUBMISSION_END.test(seen.tail())) return "the submission ends before its closing </SEC-DOCUMENT> tag";
      return null;
    },
  };
}

/** An EDGAR index file: its header ends with the dashed line before the rows. */
export function indexCheck(): FileCheck {
  const seen = headAndTail(HEAD_BYTES, 0);
  return {
    update: seen.update,
    finish: () => (INDEX_SEPARATOR.test(seen.head()) ? null : "not an EDGAR index file: no dashed line ends a header"),
  };
}

/**
 * A submissions JSON file: a JSON object; a company's main file
 * (`CIK##########.json`, `cik` given) names that CIK.
 */
export function submissionsJsonCheck(cik: number | null): FileCheck {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    update(chunk) {
      size += chunk.length;
      if (size <= MAX_JSON_BYTES) chunks.push(chunk);
    },
    finish() {
      if (size > MAX_JSON_BYTES) return `larger than ${MAX_JSON_BYTES} bytes`;
      let value: unknown;
      try {
        value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch (error) {
        return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
      if (cik === null) return null;
      const named = "cik" in value ? Number(value.cik) : Number.NaN;
      return named === cik ? null : `the file is about CIK ${"cik" in value ? String(value.cik) : "(none)"}, not ${cik}`;
    },
  };
}
