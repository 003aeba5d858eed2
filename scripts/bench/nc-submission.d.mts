/** The `<DOCUMENT>…</DOCUMENT>` blocks of a real file (a bare document is wrapped in one of `type`). */
export function documentBlocks(bytes: Uint8Array, type: string, filename: string): Buffer;
/** A whole `.nc` submission: a made-up header, then the real document blocks. */
export function ncSubmission(fields: {
  accession: string;
  type: string;
  cik: string;
  name: string;
  date: string;
  blocks: Uint8Array;
}): Buffer;
