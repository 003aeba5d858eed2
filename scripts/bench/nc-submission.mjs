// Wraps real EDGAR documents in a dissemination-feed (`.nc`) <SUBMISSION>
// header, the shape of the entries of EDGAR's daily feed archives
// (fixtures/batch/real/0002002260-24-000001.nc shows a real one). The
// documents' bytes are kept as they are; only the header is made up.

const latin1 = (bytes) => Buffer.from(bytes).toString("latin1");

/**
 * The `<DOCUMENT>…</DOCUMENT>` blocks of a real file, as bytes. A bare
 * document without an envelope (fixtures/batch/real/igene-nt10k-1998.txt) is
 * wrapped in one of type `type`.
 */
export function documentBlocks(bytes, type, filename) {
  const text = latin1(bytes);
  const start = text.indexOf("<DOCUMENT>");
  const end = text.lastIndexOf("</DOCUMENT>");
  if (start < 0 || end < 0) {
    const head = `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>1\n<FILENAME>${filename}\n<TEXT>\n`;
    return Buffer.concat([Buffer.from(head, "latin1"), Buffer.from(bytes), Buffer.from("\n</TEXT>\n</DOCUMENT>\n", "latin1")]);
  }
  return Buffer.from(bytes).subarray(start, end + "</DOCUMENT>".length);
}

/** A whole `.nc` submission: header for `cik`/`accession`, then the document blocks. */
export function ncSubmission({ accession, type, cik, name, date, blocks }) {
  const header =
    `<SUBMISSION>\n<ACCESSION-NUMBER>${accession}\n<TYPE>${type}\n<PUBLIC-DOCUMENT-COUNT>1\n` +
    `<FILING-DATE>${date}\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>${name}\n<CIK>${cik}\n` +
    `<STATE-OF-INCORPORATION>DE\n<FISCAL-YEAR-END>1231\n</COMPANY-DATA>\n<FILING-VALUES>\n<FORM-TYPE>${type}\n` +
    `<ACT>34\n<FILE-NUMBER>000-00000\n</FILING-VALUES>\n</FILER>\n`;
  return Buffer.concat([Buffer.from(header, "latin1"), blocks, Buffer.from("\n</SUBMISSION>\n", "latin1")]);
}
