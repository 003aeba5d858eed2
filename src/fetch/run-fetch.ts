import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { count } from "../batch/batch-stats.js";
import { lockOutput } from "../batch/output-lock.js";
import type { RuleId } from "../core/rules/index.js";
import { dailyIndexPath, fullIndexPath } from "../edgar-index/index-paths.js";
import type { IndexRow } from "../edgar-index/index-row.js";
import { readIndexFile } from "../edgar-index/read-index-file.js";
import { readSubmissions } from "../edgar-index/read-submissions.js";
import { isNtType } from "../envelope/nt-types.js";
import { normalizeType } from "../envelope/peek-submission-type.js";
import type { Clock } from "./clock.js";
import { createEdgarClient, EdgarRefusedError, type DownloadResult, type EdgarClient } from "./edgar-client.js";
import { createFetchProgress, megabytes, type FetchOutput, type FetchProgress } from "./fetch-progress.js";
import { lastDayOf, type IndexTarget } from "./fetch-plan.js";
import { indexCheck, submissionCheck, submissionsJsonCheck, type FileCheck } from "./file-checks.js";
import { createRateLimiter } from "./rate-limiter.js";
import type { RetryPolicy } from "./retry-policy.js";

/** What `edgar-nt fetch` was asked to do, checked. */
export interface FetchRequest {
  /** The index files to read, in order. */
  targets: IndexTarget[];
  /** CIKs to keep, or null for all. */
  ciks: number[] | null;
  /** Form types to keep (compared in capitals, blanks collapsed), or null for the whole NT family. */
  forms: string[] | null;
  /** The folder everything is written to. */
  out: string;
  /** The JSON Lines file failures are listed in, or null. */
  errors: string | null;
  /** Also fetch the companies' submissions JSON. */
  submissions: boolean;
  /** Fetch the index files (and with `submissions` the JSON) but no notice. */
  indexOnly: boolean;
  /** Where the archives are served (`https://www.sec.gov`). */
  baseUrl: string;
  /** Where the submissions JSON is served (`https://data.sec.gov`). */
  dataUrl: string;
  userAgent: string;
  /** Requests per second at most. */
  rate: number;
  /** Connections at once. */
  connections: number;
  retry: RetryPolicy;
  timeoutMs: number;
  /** 403 answers in a row after which the run stops. */
  maxForbidden: number;
}

/** What the fetcher takes from the world besides the CLI's streams. */
export interface FetchWorld {
  clock: Clock;
  random: () => number;
}

/** How one file of the run ended. */
type FileOutcome = "saved" | "present" | "absent" | "failed";

/** The counts of one kind of file. */
interface FileCounts {
  saved: number;
  present: number;
  /** Daily indexes EDGAR does not have (holidays, days not over yet). */
  absent: number;
  failed: number;
}

/** What a run did, for the summary and the tests. */
export interface FetchSummary {
  exitCode: number;
  index: FileCounts;
  notices: FileCounts;
  submissions: FileCounts;
  /** Notices the index files list for the forms and CIKs asked for. */
  selected: number;
  /** Bytes written to disk this run. */
  bytes: number;
  requests: number;
  retries: number;
  /** The explanation when EDGAR refused the address and the run stopped. */
  refused: string | null;
}

/** One failed file, as the `--errors` file lists it. */
interface Failure {
  url: string;
  path: string;
  ruleId: RuleId;
  status: number | null;
  reason: string;
}

/** One file to fetch. */
interface Job {
  url: string;
  dest: string;
  check: () => FileCheck;
  /** Fetched again even when present (an index of a day or quarter not over yet). */
  refresh: boolean;
  /** A 404 is expected (a daily index of a holiday), not a failure. */
  mayBeAbsent: boolean;
}

/**
 * `edgar-nt fetch`: reads EDGAR's index for the days or quarters asked for,
 * keeps the rows of the selected forms and CIKs, and downloads each
 * submission to `OUT/<CIK>/<accession>.txt`, the index files to
 * `OUT/index/…` (EDGAR's paths under `Archives/edgar/`) and, with
 * `submissions`, each company's submissions JSON and its continuation pages
 * to `OUT/index/submissions/`. Files already there are skipped, so a rerun
 * of the same command finishes a run that was stopped. Progress, failures
 * (without `errors`) and the summary go to `stderr`.
 */
export async function runFetch(request: FetchRequest, stderr: FetchOutput, world: FetchWorld): Promise<FetchSummary> {
  const started = world.clock.now();
  await mkdir(request.out, { recursive: true });
  const lock = await lockOutput(join(request.out, ".fetch"), request.out);
  const progress = createFetchProgress(stderr, () => world.clock.now());
  const client = createEdgarClient({
    userAgent: request.userAgent,
    limiter: createRateLimiter(request.rate, world.clock),
    clock: world.clock,
    random: world.random,
    retry: request.retry,
    timeoutMs: request.timeoutMs,
    connections: request.connections,
    maxForbidden: request.maxForbidden,
    onBytes: (n) => progress.bytes(n),
  });
  const summary: FetchSummary = {
    exitCode: 0,
    index: emptyCounts(),
    notices: emptyCounts(),
    submissions: emptyCounts(),
    selected: 0,
    bytes: 0,
    requests: 0,
    retries: 0,
    refused: null,
  };
  const failures: Failure[] = [];
  const run: Runner = { request, client, progress, summary, failures, stopped: false };
  try {
    await removeLeftovers(request.out);
    const today = new Date(world.clock.now()).toISOString().slice(0, 10);
    const indexFiles = request.targets.map((target) => indexJob(request, target, today));
    await fetchAll(run, "index files", indexFiles, summary.index);
    const notices = run.stopped ? [] : await selectNotices(request, indexFiles.map((j) => j.dest).filter((d) => existsSync(d)));
    summary.selected = notices.length;
    if (!request.indexOnly && !run.stopped) {
      await fetchAll(run, "notices", notices.map((row) => noticeJob(request, row)), summary.notices);
    }
    if (request.submissions && !run.stopped) {
      const ciks = [...new Set([...(request.ciks ?? []), ...notices.map((n) => Number(n.cik))])].sort((a, b) => a - b);
      const main = ciks.map((cik) => submissionsJob(request, `CIK${String(cik).padStart(10, "0")}.json`, cik));
      await fetchAll(run, "submissions JSON", main, summary.submissions);
      if (!run.stopped) await fetchAll(run, "submissions pages", await continuationPages(request, main), summary.submissions);
    }
  } finally {
    progress.finish();
    client.close();
    await lock.release();
  }
  summary.requests = client.stats.requests;
  summary.retries = client.stats.retries;
  if (request.errors !== null) await writeFile(request.errors, failures.map((f) => JSON.stringify(f) + "\n").join(""));
  const failed = summary.index.failed + summary.notices.failed + summary.submissions.failed;
  summary.exitCode = failed > 0 || summary.refused !== null ? 1 : 0;
  stderr.write(formatFetchSummary(summary, (world.clock.now() - started) / 1000));
  if (summary.refused !== null) stderr.write(`edgar-nt fetch: ${summary.refused}\n`);
  return summary;
}

/** The state a run's phases share. */
interface Runner {
  request: FetchRequest;
  client: EdgarClient;
  progress: FetchProgress;
  summary: FetchSummary;
  failures: Failure[];
  /** EDGAR refused the address: no further request is made. */
  stopped: boolean;
}

function emptyCounts(): FileCounts {
  return { saved: 0, present: 0, absent: 0, failed: 0 };
}

/** An EDGAR path under `Archives/` (`Archives/edgar/daily-index/…`) as a URL of `base`. */
function urlOf(base: string, path: string): string {
  let root = base;
  while (root.endsWith("/")) root = root.slice(0, -1);
  return `${root}/${path}`;
}

/** The part of EDGAR's paths that `OUT/index/` stands for. */
const ARCHIVES_EDGAR = "Archives/edgar/";

/** Where an index target is fetched from and kept (`OUT/index/daily-index/2020/QTR1/form.20200318.idx`). */
function indexJob(request: FetchRequest, target: IndexTarget, today: string): Job {
  const path = target.kind === "daily" ? dailyIndexPath(target.day) : fullIndexPath(target.quarter);
  return {
    url: urlOf(request.baseUrl, path),
    dest: join(request.out, "index", ...(path.startsWith(ARCHIVES_EDGAR) ? path.slice(ARCHIVES_EDGAR.length) : path).split("/")),
    check: indexCheck,
    refresh: lastDayOf(target) >= today,
    mayBeAbsent: target.kind === "daily",
  };
}

/** Where a notice is fetched from and kept (`OUT/<CIK>/<accession>.txt`). */
function noticeJob(request: FetchRequest, row: Notice): Job {
  return {
    url: urlOf(request.baseUrl, `Archives/${row.fileName}`),
    dest: join(request.out, String(Number(row.cik)), `${row.accession}.txt`),
    check: () => submissionCheck(row.accession),
    refresh: false,
    mayBeAbsent: false,
  };
}

/** A company's submissions JSON (`cik` given) or a continuation page (`cik` null), by file name. */
function submissionsJob(request: FetchRequest, name: string, cik: number | null): Job {
  return {
    url: urlOf(request.dataUrl, `submissions/${name}`),
    dest: join(request.out, "index", "submissions", name),
    check: () => submissionsJsonCheck(cik),
    refresh: false,
    mayBeAbsent: false,
  };
}

/** A row kept for download. */
interface Notice {
  cik: string;
  accession: string;
  fileName: string;
}

/**
 * The notices the index files list, in file order, each accession once:
 * rows of the selected forms (default: the NT family, `/A` included) and
 * CIKs.
 */
async function selectNotices(request: FetchRequest, files: readonly string[]): Promise<Notice[]> {
  const forms = request.forms === null ? null : new Set(request.forms.map(canonicalForm));
  const ciks = request.ciks === null ? null : new Set(request.ciks);
  const keepForm = (type: string): boolean => (forms === null ? isNtType(type) : forms.has(canonicalForm(type)));
  const keep = (row: IndexRow): boolean => ciks === null || ciks.has(Number(row.cik));
  const seen = new Set<string>();
  const out: Notice[] = [];
  for (const file of files) {
    for await (const row of readIndexFile(file, { keepForm, keep })) {
      if (row.accessionNumber === null || row.fileName === null || seen.has(row.accessionNumber)) continue;
      seen.add(row.accessionNumber);
      out.push({ cik: row.cik, accession: row.accessionNumber, fileName: row.fileName });
    }
  }
  return out;
}

/** A form type as compared: capitals, blanks collapsed (`nt  10-k/a` → `NT 10-K/A`), as `extract --forms` compares them. */
function canonicalForm(type: string): string {
  return (normalizeType(type) ?? "").toUpperCase();
}

/** The continuation pages the companies' submissions JSON name, as jobs. */
async function continuationPages(request: FetchRequest, main: readonly Job[]): Promise<Job[]> {
  const out: Job[] = [];
  for (const job of main) {
    if (!existsSync(job.dest)) continue;
    const name = basename(job.dest);
    const read = readSubmissions(JSON.parse(await readFile(job.dest, "utf8")) as unknown, name);
    for (const page of read?.company?.pages ?? []) out.push(submissionsJob(request, page, null));
  }
  return out;
}

/** Fetches `jobs` over the run's connections, counting each outcome in `counts`. */
async function fetchAll(run: Runner, phase: string, jobs: readonly Job[], counts: FileCounts): Promise<void> {
  const todo: Job[] = [];
  for (const job of jobs) {
    if (!job.refresh && existsSync(job.dest)) counts.present++;
    else todo.push(job);
  }
  run.progress.phase(phase, jobs.length, jobs.length - todo.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!run.stopped && next < todo.length) {
      const job = todo[next++] as Job;
      const outcome = await fetchOne(run, job);
      counts[outcome]++;
      run.progress.done();
    }
  };
  await Promise.all(Array.from({ length: Math.min(run.request.connections, todo.length) }, worker));
}

/** Fetches one file; a refusal of the address stops the run. */
async function fetchOne(run: Runner, job: Job): Promise<FileOutcome> {
  let result: DownloadResult;
  try {
    result = await run.client.download(job.url, job.dest, job.check);
  } catch (error) {
    if (!(error instanceof EdgarRefusedError)) throw error;
    if (!run.stopped) run.summary.refused = error.message;
    run.stopped = true;
    return "failed";
  }
  if (result.kind === "saved") {
    run.summary.bytes += result.bytes;
    return "saved";
  }
  if (result.kind === "not-found") {
    if (job.mayBeAbsent) return "absent";
    return fail(run, { url: job.url, path: job.dest, ruleId: "fetch-not-found", status: result.status, reason: `EDGAR has no ${job.url} (HTTP ${result.status})` });
  }
  return fail(run, { url: job.url, path: job.dest, ruleId: result.ruleId, status: result.status, reason: result.reason });
}

function fail(run: Runner, failure: Failure): FileOutcome {
  run.failures.push(failure);
  if (run.request.errors === null) run.progress.log(`${failure.url}: failed (${failure.ruleId}): ${failure.reason}`);
  return "failed";
}

/**
 * Removes the `.part` files a killed run left in the folder's layout
 * (`index/…`, `<CIK>/`), so that no partial file outlives the run after it.
 */
async function removeLeftovers(out: string): Promise<void> {
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isFile() && entry.name.endsWith(".part")) await rm(path, { force: true });
      else if (entry.isDirectory() && depth > 0) await walk(path, depth - 1);
    }
  };
  await walk(join(out, "index"), 4);
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== "index") await walk(join(out, entry.name), 0);
  }
}

/** The summary printed at the end of a run. */
function formatFetchSummary(s: FetchSummary, seconds: number): string {
  const files = (c: FileCounts): string =>
    `${count(c.saved)} saved, ${count(c.present)} already there` + (c.absent > 0 ? `, ${count(c.absent)} not published` : "") + `, ${count(c.failed)} failed`;
  const lines = [
    `edgar-nt fetch: ${count(s.selected)} notices listed; notices ${files(s.notices)}; ` +
      `index files ${files(s.index)}` +
      (s.submissions.saved + s.submissions.present + s.submissions.failed > 0 ? `; submissions JSON ${files(s.submissions)}` : ""),
    `  ${megabytes(s.bytes)} written, ${count(s.requests)} requests (${count(s.retries)} retried) in ${seconds.toFixed(1)} s`,
  ];
  return lines.join("\n") + "\n";
}
