// Builds the benchmark's synthetic archive set from the real filings in
// fixtures/batch/real: a `.nc.tar.gz` of feed submissions and a folder of
// plain files, mixing notices and other forms 1 : 9.
import { createWriteStream, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import tarStream from "tar-stream";
import { peekSubmissionType } from "../../dist/envelope/peek-submission-type.js";
import { documentBlocks, ncSubmission } from "./nc-submission.mjs";

const REAL = new URL("../../fixtures/batch/real/", import.meta.url);

/** The real files: the five notices (four HTML, one plain text) and three other forms. */
export function realFiles() {
  const read = (name) => ({ name, bytes: readFileSync(new URL(name, REAL)) });
  const notices = [
    "0001213900-26-083374.htm",
    "0001213900-26-090471.htm",
    "Luke-Bradford_domo_nt10q.htm",
    "Luke-Bradford_quantum_nt10k.htm",
    "igene-nt10k-1998.txt",
  ].map(read);
  const others = ["0001127602-25-001055.txt", "0002002260-24-000001.nc", "0000950129-95-001652.txt"].map(read);
  for (const file of [...notices, ...others]) {
    // igene has no envelope; it is an NT 10-K.
    file.type = peekSubmissionType(file.bytes.subarray(0, 4096).toString("latin1")) ?? "NT 10-K";
    file.html = file.name.endsWith(".htm");
  }
  return { notices, others };
}

/** The `.nc` submission for the `i`-th input. */
function submission(file, i) {
  const cik = String(9_000_000 + (i % 5_000)).padStart(10, "0");
  const accession = `${cik}-26-${String(i).padStart(6, "0")}`;
  const blocks = documentBlocks(file.bytes, file.type, file.name);
  return ncSubmission({ accession, type: file.type, cik, name: `BENCH FILER ${i % 5_000}`, date: "20260730", blocks });
}

/**
 * Writes `feed.nc.tar.gz` with `archived` submissions and `plain/` with
 * `plain` files, every tenth input a notice (cycling through the five real
 * ones), the rest other forms. Returns the paths and the counts.
 */
export async function makeMixedCorpus(dir, total) {
  const { notices, others } = realFiles();
  const pick = (i) => (i % 10 === 0 ? notices[(i / 10) % notices.length] : others[i % others.length]);
  const plain = Math.round(total / 10);
  const archived = total - plain;
  let bytes = 0;
  let nt = 0;
  const tar = tarStream.pack();
  const written = pipeline(tar, createGzip(), createWriteStream(join(dir, "feed.nc.tar.gz")));
  for (let i = 0; i < archived; i++) {
    const file = pick(i);
    const body = submission(file, i);
    bytes += body.length;
    if (notices.includes(file)) nt++;
    await entry(tar, `${String(i).padStart(7, "0")}.nc`, body);
  }
  tar.finalize();
  await written;
  mkdirSync(join(dir, "plain"));
  for (let i = archived; i < total; i++) {
    const file = pick(i);
    bytes += file.bytes.length;
    if (notices.includes(file)) nt++;
    writeFileSync(join(dir, "plain", `${String(i).padStart(7, "0")}-${file.name}`), file.bytes);
  }
  return { paths: [join(dir, "feed.nc.tar.gz"), join(dir, "plain")], inputs: total, notices: nt, bytes };
}

/** Folders of constructed full-length plain-text notices (each a whole form). */
const FULL_TEXT_FOLDERS = ["dates", "layout", "marks", "part4", "types", "typos"];

/**
 * The notices of one benchmark set: `html` (the four real HTML notices),
 * `text` (full-length plain-text notices: the real 1998 one and the
 * constructed whole forms) or `excerpt` (the real plain-text excerpts of
 * fixtures/excerpts, a form's first parts only).
 */
export function noticeFiles(set) {
  if (set === "html") return realFiles().notices.filter((f) => f.html);
  const read = (url, name) => ({ name, bytes: readFileSync(new URL(name, url)), type: "NT 10-K", html: false });
  if (set === "excerpt") {
    const dir = new URL("../../fixtures/excerpts/", import.meta.url);
    return readdirSync(dir)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((n) => read(dir, n));
  }
  const files = realFiles().notices.filter((f) => !f.html);
  for (const folder of FULL_TEXT_FOLDERS) {
    const dir = new URL(`../../fixtures/constructed/${folder}/`, import.meta.url);
    for (const n of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) files.push(read(dir, n));
  }
  return files;
}

/** A `.nc.tar.gz` of `count` notices of one set (see {@link noticeFiles}) only. */
export async function makeNoticeCorpus(dir, count, set) {
  const files = noticeFiles(set);
  const file = join(dir, `nt-${set}.nc.tar.gz`);
  let bytes = 0;
  const tar = tarStream.pack();
  const written = pipeline(tar, createGzip(), createWriteStream(file));
  for (let i = 0; i < count; i++) {
    const body = submission(files[i % files.length], i);
    bytes += body.length;
    await entry(tar, `${String(i).padStart(7, "0")}.nc`, body);
  }
  tar.finalize();
  await written;
  return { paths: [file], inputs: count, notices: count, bytes };
}

function entry(tar, name, body) {
  return new Promise((resolve, reject) => tar.entry({ name, mtime: new Date(0) }, body, (e) => (e ? reject(e) : resolve())));
}

/**
 * The set of the stub-parser ceiling: `total` inputs, every one a notice
 * (the plain-text excerpts, a few KB each), 90% as `.nc` submissions in
 * `feed.nc.tar.gz` and 10% as plain files in `plain/`, like the mixed sets.
 */
export async function makeStubCorpus(dir, total) {
  const files = noticeFiles("excerpt");
  const plain = Math.round(total / 10);
  const archived = total - plain;
  let bytes = 0;
  const tar = tarStream.pack();
  const written = pipeline(tar, createGzip(), createWriteStream(join(dir, "feed.nc.tar.gz")));
  for (let i = 0; i < archived; i++) {
    const body = submission(files[i % files.length], i);
    bytes += body.length;
    await entry(tar, `${String(i).padStart(7, "0")}.nc`, body);
  }
  tar.finalize();
  await written;
  mkdirSync(join(dir, "plain"));
  for (let i = archived; i < total; i++) {
    const file = files[i % files.length];
    bytes += file.bytes.length;
    writeFileSync(join(dir, "plain", `${String(i).padStart(7, "0")}-${file.name}`), file.bytes);
  }
  return { paths: [join(dir, "feed.nc.tar.gz"), join(dir, "plain")], inputs: total, notices: total, bytes };
}
