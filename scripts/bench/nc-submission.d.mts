/** The `<DOCUMENT>…</DOCUMENT>` blocks of a real file (a bare document is wrapped in one of `type`). */
export function documentBlocks(bytes: Uint8Array, type: string, filename: string): Buffer;
/** The submission type a real file names first, or null. */
export function firstType(bytes: Uint8Array): string | null;
/** A whole `.nc` submission: a made-up header, then the real document blocks. */
export function ncSubmission(fields: {
  accession: string;
  type: string;
  cik: string;
  name: string;
  date: string;
  blocks: Uint8Array;
}): Buffer;
