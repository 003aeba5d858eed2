import type { IndexRow, SubmissionsCompany } from "../edgar-index/index-row.js";
import type { NtRecord } from "../record/types.js";
import { addMonths, dayNumber, isoDay } from "./calendar-days.js";
import type { MatchedReport } from "./notice-outcome.js";
import { noticeReport, reportForm, type ReportFamily, type ReportForm } from "./report-families.js";

/**
 * What `link` keeps of EDGAR's index data, in bounded memory: every NT
 * filing (few: about 5,000 a year), and of the reports only those of the
 * report families filed by CIKs that filed a notice, on or after their
 * first notice, each as five numbers. Strings of the index are copied out
 * of the text they were read from, so no piece of a file stays in memory.
 */

/** An NT filing as the index data lists it. */
export interface IndexNotice {
  /** Ten-digit CIK. */
  cik: string;
  accessionNumber: string | null;
  companyName: string;
  formType: string;
  dateFiled: string;
  /** The period, when the submissions JSON gives it. */
  reportDate: string | null;
}

/**
 * What `history` says of a notice (the record's `history` group), from the
 * NT filings of its CIK in the index data: earlier notices (amendments left
 * out, filed on an earlier day), those of the twelve months before, and no
 * earlier notice (`firstTime`, null unless the data reaches twelve months
 * back or holds the company's whole history).
 */
export type IndexHistory = NtRecord["history"];

/** Numbers kept per report: filing day, form id, accession (filer part, year and sequence), period day. */
const STRIDE = 5;

/** A copy of a string that holds none of the text it was cut from. */
function detach(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** An accession number as two numbers (`0001140361-22-012951` → 1140361, 22012951); [-1, -1] when absent. */
function accessionNumbers(accession: string | null): [number, number] {
  if (accession === null || accession.length !== 20) return [-1, -1];
  return [Number(accession.slice(0, 10)), Number(accession.slice(11, 13)) * 1_000_000 + Number(accession.slice(14))];
}

/** The accession number of {@link accessionNumbers}. */
function accessionText(high: number, low: number): string | null {
  if (high < 0) return null;
  return `${String(high).padStart(10, "0")}-${String(Math.floor(low / 1_000_000)).padStart(2, "0")}-${String(low % 1_000_000).padStart(6, "0")}`;
}

/** Days either side within which two periods are the same (52/53-week years end a few days off the month end a notice names). */
const PERIOD_TOLERANCE = 7;

/** The index data `link` reads, gathered: notices, reports of the CIKs that filed them, and how far the data reaches. */
export class LinkIndex {
  private readonly notices = new Map<string, IndexNotice>();
  private readonly reports = new Map<number, number[]>();
  private readonly forms: string[] = [];
  private readonly formIds = new Map<string, number>();
  private readonly formInfo: (ReportForm | null)[] = [];
  private readonly fiscalYearEnds = new Map<number, string>();
  private readonly companies = new Map<number, string[]>();
  private readonly filesRead = new Set<string>();
  private readonly jsonSpan = new Map<number, [number, number]>();
  private idxStart = Number.POSITIVE_INFINITY;
  private idxEnd = Number.NEGATIVE_INFINITY;
  private readonly effects = new Map<number, number[]>();
  private readonly firstPeriodic = new Map<number, number>();
  private noticeDays: Map<number, number[]> | null = null;
  private sorted = false;

  /** The id of a form type, kept once. */
  private formId(formType: string): number {
    let id = this.formIds.get(formType);
    if (id === undefined) {
      id = this.forms.length;
      const copy = detach(formType);
      this.forms.push(copy);
      this.formIds.set(copy, id);
      this.formInfo.push(reportForm(copy));
    }
    return id;
  }

  /** Notes that a row of index data dated `date` was read, from submissions JSON (`json`) or an `.idx` index. */
  noteDate(date: string, cik: string, json: boolean): void {
    const day = dayNumber(date);
    if (!json) {
      if (day < this.idxStart) this.idxStart = day;
      if (day > this.idxEnd) this.idxEnd = day;
      return;
    }
    const key = Number(cik);
    const span = this.jsonSpan.get(key);
    if (span === undefined) this.jsonSpan.set(key, [day, day]);
    else {
      if (day < span[0]) span[0] = day;
      if (day > span[1]) span[1] = day;
    }
  }

  /** Notes the last day an `.idx` index's header says it holds. */
  noteDataEnd(date: string): void {
    const day = dayNumber(date);
    if (day > this.idxEnd) this.idxEnd = day;
  }

  /** Remembers a file read (its name, or `archive!entry`), to tell whether a company's continuation pages were all given. */
  noteFile(name: string): void {
    const bang = name.lastIndexOf("!");
    this.filesRead.add(bang < 0 ? name : name.slice(bang + 1));
  }

  /** Remembers what a company's submissions JSON says: its fiscal year end and its continuation pages. */
  addCompany(company: SubmissionsCompany): void {
    const key = Number(company.cik);
    if (company.fiscalYearEnd !== null) this.fiscalYearEnds.set(key, company.fiscalYearEnd);
    this.companies.set(key, company.pages);
  }

  /** Keeps an NT filing (once per accession number). */
  addNotice(row: IndexRow): void {
    const key = row.accessionNumber ?? `${row.cik}|${row.formType}|${row.dateFiled}`;
    const known = this.notices.get(key);
    if (known !== undefined) {
      if (known.reportDate === null && row.reportDate !== null) known.reportDate = row.reportDate;
      return;
    }
    this.notices.set(detach(key), {
      cik: detach(row.cik),
      accessionNumber: row.accessionNumber === null ? null : detach(row.accessionNumber),
      companyName: detach(row.companyName),
      formType: this.forms[this.formId(row.formType)] as string,
      dateFiled: row.dateFiled,
      reportDate: row.reportDate,
    });
    this.noticeDays = null;
  }

  /** Whether a form type is of a report family (a row worth keeping for some CIK). */
  isReport(formType: string): boolean {
    return this.formInfo[this.formId(formType)] !== null;
  }

  /** Notes a periodic report of a CIK filed on any day (for whether a registration's first report is due). */
  notePeriodic(row: IndexRow): void {
    const info = this.formInfo[this.formId(row.formType)];
    if (!info || info.amendment) return;
    const key = Number(row.cik);
    const day = dayNumber(row.dateFiled);
    const known = this.firstPeriodic.get(key);
    if (known === undefined || day < known) this.firstPeriodic.set(key, day);
  }

  /** Keeps the day a registration statement of the CIK became effective (an `EFFECT` row). */
  addEffect(row: IndexRow): void {
    const key = Number(row.cik);
    const days = this.effects.get(key) ?? [];
    days.push(dayNumber(row.dateFiled));
    this.effects.set(key, days);
  }

  /**
   * The day the CIK's registration became effective when a notice filed on
   * `noticeFiled` is about the first report after it: the latest
   * effectiveness (`EFFECT`) on or before the notice with no periodic
   * report of the CIK filed before it in index data that reaches a year
   * before it (or holds the company's whole history). Null otherwise.
   */
  registrationEffective(cik: string, noticeFiled: string): string | null {
    const key = Number(cik);
    const days = this.effects.get(key);
    if (days === undefined) return null;
    const until = dayNumber(noticeFiled);
    let latest = Number.NEGATIVE_INFINITY;
    for (const day of days) if (day <= until && day > latest) latest = day;
    if (!Number.isFinite(latest)) return null;
    const first = this.firstPeriodic.get(key);
    if (first !== undefined && first < latest) return null;
    // A report before the registration could be outside the data: it must reach a year back.
    const effective = isoDay(latest);
    const start = this.coverage(cik).start;
    return this.complete(cik) || (start !== null && start <= addMonths(effective, -12)) ? effective : null;
  }

  /** Keeps a report of a CIK. */
  addReport(row: IndexRow): void {
    const key = Number(row.cik);
    let list = this.reports.get(key);
    if (list === undefined) {
      list = [];
      this.reports.set(key, list);
    }
    const [high, low] = accessionNumbers(row.accessionNumber);
    list.push(dayNumber(row.dateFiled), this.formId(row.formType), high, low, row.reportDate === null ? -1 : dayNumber(row.reportDate));
    this.sorted = false;
  }

  /** The earliest notice day of each CIK with a notice (what a second pass keeps reports for). */
  earliestNotices(): Map<number, number> {
    const out = new Map<number, number>();
    for (const notice of this.notices.values()) {
      const key = Number(notice.cik);
      const day = dayNumber(notice.dateFiled);
      const known = out.get(key);
      if (known === undefined || day < known) out.set(key, day);
    }
    return out;
  }

  /** Every NT filing of the index data, by filing date, CIK and accession number. */
  allNotices(): IndexNotice[] {
    return [...this.notices.values()].sort(
      (a, b) => compare(a.dateFiled, b.dateFiled) || compare(a.cik, b.cik) || compare(a.accessionNumber ?? "", b.accessionNumber ?? ""),
    );
  }

  /** The NT filing with this accession number, when the index data lists it. */
  notice(accessionNumber: string): IndexNotice | null {
    return this.notices.get(accessionNumber) ?? null;
  }

  /** The company's fiscal year end (`MMDD`) from its submissions JSON. */
  fiscalYearEnd(cik: string): string | null {
    return this.fiscalYearEnds.get(Number(cik)) ?? null;
  }

  /** Sorts each CIK's reports by filing day and accession number, dropping repeated rows. */
  private sortReports(): void {
    if (this.sorted) return;
    for (const [key, list] of this.reports) {
      const count = list.length / STRIDE;
      const order = Array.from({ length: count }, (_, i) => i * STRIDE);
      order.sort((a, b) => (list[a] as number) - (list[b] as number) || (list[a + 2] as number) - (list[b + 2] as number) || (list[a + 3] as number) - (list[b + 3] as number) || (list[a + 1] as number) - (list[b + 1] as number));
      const out: number[] = [];
      for (const at of order) {
        const n = out.length;
        const same =
          n > 0 &&
          (list[at + 2] as number) >= 0 &&
          out[n - STRIDE + 2] === list[at + 2] &&
          out[n - STRIDE + 3] === list[at + 3];
        const sameUnnumbered = n > 0 && (list[at + 2] as number) < 0 && out[n - STRIDE] === list[at] && out[n - STRIDE + 1] === list[at + 1];
        if (same || sameUnnumbered) {
          // A repeated row: keep the period if only this copy gives it.
          if ((out[n - 1] as number) < 0) out[n - 1] = list[at + 4] as number;
          continue;
        }
        for (let k = 0; k < STRIDE; k++) out.push(list[at + k] as number);
      }
      this.reports.set(key, out);
    }
    this.sorted = true;
  }

  /**
   * The late report of a notice: the first filing of the CIK of `family`,
   * filed on or after `noticeFiled`, of the same period when both periods
   * are known (`matchedBy: "period"`; else `"next-filing"`); an amendment
   * only when no original report is found.
   */
  findReport(cik: string, family: ReportFamily, noticeFiled: string, periodEnded: string | null): MatchedReport | null {
    this.sortReports();
    const list = this.reports.get(Number(cik));
    if (list === undefined) return null;
    const from = dayNumber(noticeFiled);
    const period = periodEnded === null ? -1 : dayNumber(periodEnded);
    let lo = 0;
    let hi = list.length / STRIDE;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid * STRIDE] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (const amendments of [false, true]) {
      for (let at = lo * STRIDE; at < list.length; at += STRIDE) {
        const info = this.formInfo[list[at + 1] as number];
        if (!info || info.family !== family || info.amendment !== amendments) continue;
        const reportPeriod = list[at + 4] as number;
        const bothKnown = period >= 0 && reportPeriod >= 0;
        if (bothKnown && Math.abs(reportPeriod - period) > PERIOD_TOLERANCE) continue;
        return {
          accessionNumber: accessionText(list[at + 2] as number, list[at + 3] as number),
          formType: this.forms[list[at + 1] as number] as string,
          dateFiled: isoDay(list[at] as number),
          reportDate: reportPeriod >= 0 ? isoDay(reportPeriod) : null,
          matchedBy: bothKnown ? "period" : "next-filing",
        };
      }
    }
    return null;
  }

  /** The first and last day the index data covers for a CIK (null when it covers none); the first is null when the CIK's whole EDGAR history was given. */
  coverage(cik: string): { start: string | null; end: string | null } {
    const key = Number(cik);
    const span = this.jsonSpan.get(key);
    let start = Math.min(this.idxStart, span?.[0] ?? Number.POSITIVE_INFINITY);
    const end = Math.max(this.idxEnd, span?.[1] ?? Number.NEGATIVE_INFINITY);
    if (this.complete(cik)) start = Number.NEGATIVE_INFINITY;
    return {
      start: start === Number.NEGATIVE_INFINITY ? null : Number.isFinite(start) ? isoDay(start) : null,
      end: Number.isFinite(end) ? isoDay(end) : null,
    };
  }

  /** Whether the index data holds the CIK's whole history (its submissions JSON and every continuation page). */
  private complete(cik: string): boolean {
    const pages = this.companies.get(Number(cik));
    return pages !== undefined && pages.every((page) => this.filesRead.has(page));
  }

  /** The days of each CIK's notices (amendments left out), sorted. */
  private noticeDaysByCik(): Map<number, number[]> {
    if (this.noticeDays !== null) return this.noticeDays;
    const out = new Map<number, number[]>();
    for (const notice of this.notices.values()) {
      if (noticeReport(notice.formType)?.amendment === true) continue;
      const key = Number(notice.cik);
      const days = out.get(key) ?? [];
      days.push(dayNumber(notice.dateFiled));
      out.set(key, days);
    }
    for (const days of out.values()) days.sort((a, b) => a - b);
    this.noticeDays = out;
    return out;
  }

  /**
   * A notice's history in the index data: the CIK's earlier notices (NT
   * filings other than amendments, filed on an earlier day), those of the
   * twelve months before, and whether it is the first; `firstTime` is null
   * unless the data reaches twelve months before the notice (or holds the
   * company's whole history).
   */
  history(cik: string | null, noticeFiled: string | null): IndexHistory {
    if (cik === null || noticeFiled === null) return { priorNotices: null, firstTime: null, priorNotices12m: null };
    const days = this.noticeDaysByCik().get(Number(cik)) ?? [];
    const day = dayNumber(noticeFiled);
    const yearBefore = addMonths(noticeFiled, -12);
    const prior = countBefore(days, day);
    const prior12m = prior - countBefore(days, dayNumber(yearBefore));
    const start = this.complete(cik) ? null : this.coverage(cik).start;
    const reaches = this.complete(cik) || (start !== null && start <= yearBefore);
    return { priorNotices: prior, firstTime: reaches ? prior === 0 : null, priorNotices12m: prior12m };
  }
}

/** How many sorted days are before `day`. */
function countBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** String order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
