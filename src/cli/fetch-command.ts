import { Command, Option } from "commander";
import { resolve } from "node:path";
import type { IndexTarget } from "../fetch/fetch-plan.js";
import { MAX_REQUESTS_PER_SECOND } from "../fetch/rate-limiter.js";
import { DEFAULT_RETRY } from "../fetch/retry-policy.js";
import { POSITIVE_INTEGER } from "./cli-patterns.js";
import { selectedForms } from "./forms-option.js";
import type { CliIo } from "./cli-io.js";

interface FetchOptions {
  from?: string;
  to?: string;
  quarters?: string;
  cik?: string;
  forms?: string;
  userAgent?: string;
  out?: string;
  errors?: string;
  submissions?: boolean;
  indexOnly?: boolean;
  baseUrl: string;
  dataUrl: string;
  rate: string;
  connections: string;
  retries: string;
  timeout: string;
  backoffMs?: string;
}

/** 403 answers in a row after which a run stops. */
const MAX_FORBIDDEN = 3;

/**
 * `edgar-nt fetch`: downloads the notices of a date range or of quarters
 * (and the index files, and with `--submissions` the companies' JSON) from
 * EDGAR into a folder that `extract` and `link` read. See docs/fetch.md.
 */
export function createFetchCommand(io: CliIo, setCode: (code: number) => void): Command {
  const command = new Command("fetch")
    .description("download the notices of a date range or quarters from EDGAR, politely and resumably")
    .option("--from <day>", "first filing day, YYYY-MM-DD")
    .option("--to <day>", "last filing day, YYYY-MM-DD (default: --from)")
    .option("--quarters <list>", "whole quarters instead of days: 2024Q1, 2024Q1..2024Q4, or a comma-separated list")
    .option("--cik <list>", "only these companies (CIKs, comma-separated)")
    .option("--forms <list>", "NT types to download, comma-separated, as EDGAR names them (default: the NT family, /A included)")
    .option("--user-agent <text>", 'your name and e-mail, as EDGAR requires: "Jane Doe jane@example.org" (default: EDGAR_USER_AGENT)')
    .option("-o, --out <dir>", "the folder to write to: DIR/<CIK>/<accession>.txt and DIR/index/")
    .option("--errors <file>", "list the files that could not be fetched in this JSON Lines file")
    .option("--submissions", "also download the companies' submissions JSON (for link)")
    .option("--index-only", "download the index files only (and with --submissions the JSON), no notice")
    .option("--base-url <url>", "where EDGAR's archives are served", "https://www.sec.gov")
    .option("--data-url <url>", "where EDGAR's submissions JSON is served", "https://data.sec.gov")
    .option("--rate <n>", `requests per second at most (at most ${MAX_REQUESTS_PER_SECOND}, EDGAR's limit)`, String(MAX_REQUESTS_PER_SECOND))
    .option("--connections <n>", "connections at once", "4")
    .option("--retries <n>", "retries of a request after 429, 5xx, a timeout or a broken body", String(DEFAULT_RETRY.retries))
    .option("--timeout <seconds>", "give up on an answer that sends nothing for this long, and retry", "60")
    .addOption(new Option("--backoff-ms <ms>", "first wait before a retry").hideHelp());
  return command.action(async (opts: FetchOptions) => {
    const usage = (message: string): never => command.error(`error: ${message}`, { exitCode: 2 });
    // Loaded only when the command runs: the plan's readers, the User-Agent rule, the client.
    const [{ systemClock }, plan, { checkUserAgent }, { runFetch }] = await Promise.all([
      import("../fetch/clock.js"),
      import("../fetch/fetch-plan.js"),
      import("../fetch/user-agent.js"),
      import("../fetch/run-fetch.js"),
    ]);
    const agent = checkUserAgent(opts.userAgent, io.env?.["EDGAR_USER_AGENT"]);
    if (agent.kind === "refused") usage(agent.reason);
    if (opts.out === undefined) usage("name the folder to write to: --out DIR");
    const targets = planTargets(plan, opts, usage);
    const ciks = opts.cik === undefined ? null : (plan.parseCiks(opts.cik) ?? usage(`--cik takes CIKs separated by commas, not ${opts.cik}`));
    const forms = selectedForms(opts.forms, usage);
    const rate = Number(opts.rate);
    if (!(rate > 0 && rate <= MAX_REQUESTS_PER_SECOND)) {
      usage(`--rate must be above 0 and at most ${MAX_REQUESTS_PER_SECOND} (EDGAR's fair-access limit), not ${opts.rate}`);
    }
    const whole = (name: string, value: string): number => (POSITIVE_INTEGER.test(value) ? Number(value) : usage(`${name} must be a positive whole number, not ${value}`));
    const retries = opts.retries === "0" ? 0 : whole("--retries", opts.retries);
    const baseUrl = httpUrl("--base-url", opts.baseUrl, usage);
    const dataUrl = httpUrl("--data-url", opts.dataUrl, usage);
    const summary = await runFetch(
      {
        targets,
        ciks,
        forms,
        out: resolve(io.cwd, opts.out ?? "."),
        errors: opts.errors === undefined ? null : resolve(io.cwd, opts.errors),
        submissions: opts.submissions === true,
        indexOnly: opts.indexOnly === true,
        baseUrl,
        dataUrl,
        userAgent: agent.kind === "ok" ? agent.userAgent : "",
        rate,
        connections: whole("--connections", opts.connections),
        retry: { ...DEFAULT_RETRY, retries, ...(opts.backoffMs === undefined ? {} : { baseMs: whole("--backoff-ms", opts.backoffMs) }) },
        timeoutMs: whole("--timeout", opts.timeout) * 1000,
        maxForbidden: MAX_FORBIDDEN,
      },
      io.stderr,
      { clock: systemClock, random: Math.random },
    );
    setCode(summary.exitCode);
  });
}

/** The readers of `fetch-plan.ts` that the options need, loaded with the command. */
type FetchPlanReaders = Pick<typeof import("../fetch/fetch-plan.js"), "indexTargets" | "parseDay" | "parseQuarters">;

/** The index files of `--from`/`--to` or `--quarters`. */
function planTargets(plan: FetchPlanReaders, opts: FetchOptions, usage: (message: string) => never): IndexTarget[] {
  if (opts.quarters !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined) usage("give either --from/--to or --quarters, not both");
    const quarters = plan.parseQuarters(opts.quarters) ?? usage(`--quarters takes 2024Q1, 2024Q1..2024Q4 or a list of them, not ${opts.quarters}`);
    return quarters.map((quarter) => ({ kind: "full", quarter }));
  }
  if (opts.from === undefined) usage("name the days (--from YYYY-MM-DD [--to YYYY-MM-DD]) or the quarters (--quarters 2024Q1..2024Q4)");
  const from = plan.parseDay(opts.from ?? "") ?? usage(`--from must be a day YYYY-MM-DD, not ${opts.from}`);
  const to = opts.to === undefined ? from : (plan.parseDay(opts.to) ?? usage(`--to must be a day YYYY-MM-DD, not ${opts.to}`));
  if (to < from) usage(`--to ${to} comes before --from ${from}`);
  return plan.indexTargets(from, to);
}

/** An http(s) URL option, or a usage error. */
function httpUrl(name: string, value: string, usage: (message: string) => never): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return usage(`${name} must be an http or https URL, not ${value}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") usage(`${name} must be an http or https URL, not ${value}`);
  return value;
}
