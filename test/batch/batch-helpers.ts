import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/cli-io.js";
import type { FilingParser } from "../../src/batch/parse-pool.js";
import type { ParseTask } from "../../src/batch/parse-task.js";
import { peekSubmissionType } from "../../src/envelope/peek-submission-type.js";
import type { NtRecord } from "../../src/record/types.js";

/** The project root (tests run from it). */
export const ROOT = process.cwd();
/** The real filings copied for batch tests. */
export const REAL = "fixtures/batch/real";
/** Archives of the same eight files under `feed/`. */
export const ARCHIVES = "fixtures/batch/archives";
/** The eight real files, in name order. */
export const REAL_NAMES = [
  "0000950129-95-001652.txt", // 24F-2NT: header says so, skipped unparsed
  "0001127602-25-001055.txt", // Form 4: skipped unparsed
  "0001213900-26-083374.htm", // NT 10-K
  "0001213900-26-090471.htm", // NT 10-Q
  "0002002260-24-000001.nc", // Form D (.nc header): skipped unparsed
  "Luke-Bradford_domo_nt10q.htm", // NT 10-Q
  "Luke-Bradford_quantum_nt10k.htm", // NT 10-K
  "igene-nt10k-1998.txt", // no envelope: parsed
];
/** The three whose header names another form: screened out unparsed. */
export const SKIPPED_NAMES = ["0000950129-95-001652.txt", "0001127602-25-001055.txt", "0002002260-24-000001.nc"];
/** The five that reach the parser (NT envelopes, or no type visible). */
export const PARSED_NAMES = REAL_NAMES.filter((n) => !SKIPPED_NAMES.includes(n));

/** A CLI world in memory: what the command writes is kept as text. */
export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

/** A memory CLI world with `stdin` text and a terminal or not on stderr. */
export function memoryIo(stdin = "", tty = false): MemoryIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: tty },
    stdin: Readable.from([stdin]),
    cwd: ROOT,
    out: () => out,
    err: () => err,
  };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "edgar-nt-batch-"));
}

/**
 * A stand-in parser, in this thread: a record for every input it is given,
 * carrying the input's path and hash, so batch mechanics are tested apart
 * from extraction. Remembers what it was asked to parse.
 */
export function recordingParser(): FilingParser & { seen: ParseTask[] } {
  const seen: ParseTask[] = [];
  return {
    seen,
    parse: async (task) => {
      seen.push({ ...task, bytes: task.bytes.slice() });
      return { kind: "record", record: fakeRecord(task.path, task.bytes) };
    },
    close: async () => {},
  };
}

/** A record with every field empty but source, and a CIK taken from the file name's first ten digits. */
export function fakeRecord(path: string, bytes: Uint8Array): NtRecord {
  const digits = path.slice(path.lastIndexOf("/") + 1, path.lastIndexOf("/") + 11);
  return {
    schemaVersion: 1,
    source: { path, sha256: sha256(bytes), format: path.endsWith(".htm") ? "html" : "text" },
    filing: {
      accessionNumber: null,
      submissionType: null,
      filedDate: null,
      cik: digits.length === 10 && [...digits].every((c) => c >= "0" && c <= "9") ? digits : null,
      companyName: null,
      sic: null,
      stateOfIncorporation: null,
      fiscalYearEnd: null,
      fileNumber: null,
    },
    form: {
      amendment: false,
      reportTypes: [],
      periodEnded: null,
      transition: null,
      transitionPeriodEnded: null,
      itemsRelatedTo: null,
      secFileNumber: null,
      cusip: null,
    },
    registrant: { name: null, formerName: null, address: null, cityStateZip: null },
    part2: { reliefClaimed: null },
    part3: { narrative: null },
    part4: {
      contactName: null,
      contactPhone: null,
      otherReportsFiled: null,
      reportsNotFiled: null,
      significantChange: null,
      changeExplanation: null,
      changeDirection: null,
      changeFigures: [],
    },
    signature: { registrantName: null, date: null, name: null, title: null },
    auditorLetter: null,
    intent: { withinGracePeriod: null },
    history: { priorNotices: null, firstTime: null, priorNotices12m: null },
    outcome: {
      reportAccession: null,
      reportForm: null,
      reportFiledDate: null,
      matchedBy: null,
      filerCategory: null,
      dueDate: null,
      dueDateBasis: null,
      noticeDeadline: null,
      noticeTimely: null,
      graceEnds: null,
      filedWithinGracePeriod: null,
      daysAfterDue: null,
    },
    reasons: [],
    evidence: {},
    warnings: [{ path: null, message: "stand-in", line: null, column: null, ruleId: "field-missing" }],
  };
}

/** Hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Parsed JSON Lines. */
export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);
}

/**
 * Writes `feed.tar.gz` (the real files `names` `copies` times over, entry
 * names numbered) and a folder `plain/` holding them `folderCopies` times, in
 * `dir`. With `nc`, archive entries are `.nc` feed submissions: the real
 * documents under a made-up header whose CIK cycles through seven values, so
 * that `history` has earlier notices to count. Returns the paths to give
 * `extract`.
 */
export async function buildFeed(
  dir: string,
  copies: number,
  folderCopies: number,
  names: readonly string[] = REAL_NAMES,
  nc = false,
): Promise<string[]> {
  const { pack } = await import("tar-stream");
  const { createGzip } = await import("node:zlib");
  const { createWriteStream } = await import("node:fs");
  const { pipeline } = await import("node:stream/promises");
  const { documentBlocks, ncSubmission } = await import("../../scripts/bench/nc-submission.mjs");
  const files = names.map((name) => ({ name, bytes: readFileSync(join(REAL, name)) }));
  const tar = pack();
  const written = pipeline(tar, createGzip({ level: 1 }), createWriteStream(join(dir, "feed.tar.gz")));
  let n = 0;
  for (let i = 0; i < copies; i++) {
    for (const file of files) {
      const number = String(n++).padStart(6, "0");
      let name = `feed/${number}-${file.name}`;
      let body: Uint8Array = file.bytes;
      if (nc) {
        // The bare 1998 notice shows no type; it is an NT 10-K.
        const type = peekSubmissionType(file.bytes.subarray(0, 4096).toString("latin1")) ?? "NT 10-K";
        const cik = String(1_000_000 + (n % 7)).padStart(10, "0");
        const blocks = documentBlocks(file.bytes, type, file.name);
        body = ncSubmission({ accession: `${cik}-26-${number}`, type, cik, name: `FILER ${n % 7}`, date: "20260115", blocks });
        name = `feed/${number}.nc`;
      }
      await new Promise<void>((resolve, reject) =>
        tar.entry({ name }, Buffer.from(body), (e) => (e ? reject(e) : resolve())),
      );
    }
  }
  tar.finalize();
  await written;
  mkdirSync(join(dir, "plain"));
  for (let i = 0; i < folderCopies; i++) {
    for (const file of files) writeFileSync(join(dir, "plain", `${String(i).padStart(5, "0")}-${file.name}`), file.bytes);
  }
  return [join(dir, "feed.tar.gz"), join(dir, "plain")];
}
