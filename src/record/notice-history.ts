import type { NtRecord } from "./types.js";

/** The values of `history` a batch run fills in. */
export interface HistoryCounts {
  /** Notices of the same CIK read earlier and dated no later; null without a CIK. */
  priorNotices: number | null;
  /** Whether there is none; null without a CIK. */
  firstTime: boolean | null;
}

/**
 * Counts, across one batch run, the notices each registrant (by CIK) filed
 * before: fills `history.priorNotices` and `history.firstTime`.
 *
 * Records are annotated in output order (the input order). A notice counts
 * as prior when it was read earlier in the run and its date (the header's
 * filing date, else the signature date) is not later than this one's; EDGAR's
 * daily archives and accession-ordered folders are chronological, so this is
 * "earlier notices by the same CIK within the inputs". A record without a CIK
 * (no EDGAR header) keeps `null`: registrant names are not unique keys.
 */
export class NoticeHistory {
  private readonly seen = new Map<string, string[]>();

  /** Sets `record.history` from the notices seen so far, then remembers this one. */
  annotate(record: NtRecord): void {
    const counts = this.count(record.filing.cik, record.filing.filedDate ?? record.signature.date);
    record.history = { ...record.history, ...counts };
  }

  /**
   * The history of the next notice, from its CIK and its date (the filing
   * date, else the signature date), counted from the notices seen so far;
   * remembers this one. Both null without a CIK.
   */
  count(cik: string | null, date: string | null): HistoryCounts {
    if (!cik) return { priorNotices: null, firstTime: null };
    const day = date ?? "";
    const dates = this.seen.get(cik) ?? [];
    const prior = day ? dates.filter((d) => d !== "" && d <= day).length : dates.length;
    dates.push(day);
    this.seen.set(cik, dates);
    return { priorNotices: prior, firstTime: prior === 0 };
  }

  /** Remembers a notice already written (when a resumed run rebuilds its state). */
  remember(cik: string | null, date: string | null): void {
    if (!cik) return;
    const dates = this.seen.get(cik) ?? [];
    dates.push(date ?? "");
    this.seen.set(cik, dates);
  }
}
