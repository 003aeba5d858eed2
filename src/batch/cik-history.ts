import type { NtRecord } from "../record/types.js";

/**
 * Fills `history` (earlier notices of the same CIK among the inputs of one
 * batch run, in input order) as records are written. The counts survive a
 * `--resume` through the CIKs each checkpoint lists.
 */
export interface CikHistory {
  /** Sets `record.history` from the notices seen so far, then counts this one. */
  assign(record: NtRecord): void;
  /** CIKs of the records counted since the last call (for a checkpoint). */
  takeNew(): string[];
  /** Counts CIKs of records written by an earlier run. */
  restore(ciks: readonly string[]): void;
}

/** An empty history. */
export function createCikHistory(): CikHistory {
  const seen = new Map<string, number>();
  let fresh: string[] = [];
  const add = (cik: string): void => {
    seen.set(cik, (seen.get(cik) ?? 0) + 1);
  };
  return {
    assign(record) {
      const cik = record.filing.cik;
      // Without a CIK the filer cannot be matched: unknown, not "first time".
      if (cik === null) {
        record.history = { priorNotices: null, firstTime: null };
        return;
      }
      const prior = seen.get(cik) ?? 0;
      record.history = { priorNotices: prior, firstTime: prior === 0 };
      add(cik);
      fresh.push(cik);
    },
    takeNew() {
      const out = fresh;
      fresh = [];
      return out;
    },
    restore(ciks) {
      for (const cik of ciks) add(cik);
    },
  };
}
