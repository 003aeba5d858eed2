import type { NtRecord } from "./types.js";

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
    const cik = record.filing.cik;
    if (!cik) {
      record.history = { ...record.history, priorNotices: null, firstTime: null };
      return;
    }
    const date = record.filing.filedDate ?? record.signature.date ?? "";
    const dates = this.seen.get(cik) ?? [];
    const prior = date ? dates.filter((d) => d !== "" && d <= date).length : dates.length;
    record.history = { ...record.history, priorNotices: prior, firstTime: prior === 0 };
    dates.push(date);
    this.seen.set(cik, dates);
  }

  /** Remembers a notice already written (when a resumed run rebuilds its state). */
  remember(cik: string | null, date: string | null): void {
    if (!cik) return;
    const dates = this.seen.get(cik) ?? [];
    dates.push(date ?? "");
    this.seen.set(cik, dates);
  }
}
