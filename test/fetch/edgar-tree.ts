/**
 * A recorded EDGAR tree for the stand-in server, built from the fixtures:
 * the real daily index of 2020-03-18 (fixtures/edgar-index/real), its four
 * NT rows served as full submissions made of the real sample notices
 * (fixtures/samples) wrapped in a constructed `<SEC-DOCUMENT>` envelope and
 * header under the accession numbers the index lists, and real submissions
 * JSON. Nothing here is written to disk.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const ROOT = join(import.meta.dirname, "..", "..");

/** The day of the real daily index. */
export const DAY = "2020-03-18";
/** Its path under the server's root. */
export const DAILY_INDEX = "/Archives/edgar/daily-index/2020/QTR1/form.20200318.idx";

/** One NT row of the daily index and the sample notice served for it. */
export interface TreeNotice {
  cik: number;
  accession: string;
  type: string;
  /** The sample notice (under fixtures/samples/) its submission wraps. */
  sample: string;
}

/** The four NT rows of form.20200318.idx, in index order. */
export const NOTICES: readonly TreeNotice[] = [
  { cik: 1376339, accession: "0001376339-20-000010", type: "NT 10-K", sample: "Luke-Bradford_quantum_nt10k.htm" },
  { cik: 1190370, accession: "0001731122-20-000276", type: "NT 10-K/A", sample: "0001213900-26-083374.htm" },
  { cik: 1694688, accession: "0001640334-20-000533", type: "NT 10-Q", sample: "Luke-Bradford_domo_nt10q.htm" },
  { cik: 1190370, accession: "0001731122-20-000278", type: "NT 10-Q/A", sample: "0001213900-26-090471.htm" },
];

/** The path a notice is served at. */
export function noticePath(n: TreeNotice): string {
  return `/Archives/edgar/data/${n.cik}/${n.accession}.txt`;
}

/** A sample notice wrapped as a full EDGAR submission (constructed envelope and header). */
export function wrapped(n: TreeNotice): Buffer {
  const body = readFileSync(join(ROOT, "fixtures/samples", n.sample));
  const head = [
    `<SEC-DOCUMENT>${n.accession}.txt : 20200318`,
    `<SEC-HEADER>${n.accession}.hdr.sgml : 20200318`,
    `ACCESSION NUMBER:\t\t${n.accession}`,
    `CONFORMED SUBMISSION TYPE:\t${n.type}`,
    `PUBLIC DOCUMENT COUNT:\t\t1`,
    `FILED AS OF DATE:\t\t20200318`,
    ``,
    `FILER:`,
    ``,
    `\tCOMPANY DATA:\t`,
    `\t\tCENTRAL INDEX KEY:\t\t\t${String(n.cik).padStart(10, "0")}`,
    `</SEC-HEADER>`,
    ``,
  ].join("\n");
  return Buffer.concat([Buffer.from(head), body, Buffer.from(body.at(-1) === 10 ? "" : "\n"), Buffer.from("</SEC-DOCUMENT>\n")]);
}

/** The real submissions JSON of one company and its continuation page. */
export const SUBMISSIONS_CIK = 749647;

/** Every file of the tree by its path on the server. */
export function edgarTree(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  files.set(DAILY_INDEX, gunzipSync(readFileSync(join(ROOT, "fixtures/edgar-index/real/form.20200318.idx.gz"))));
  for (const n of NOTICES) files.set(noticePath(n), wrapped(n));
  for (const name of ["CIK0000749647.json", "CIK0000749647-submissions-001.json"]) {
    files.set(`/submissions/${name}`, readFileSync(join(ROOT, "fixtures/edgar-index/real", name)));
  }
  return files;
}
