import { readIndexFile } from "../edgar-index/read-index-file.js";
import type { IndexRow } from "../edgar-index/index-row.js";
import { isNtType } from "../envelope/nt-types.js";
import { dayNumber } from "./calendar-days.js";
import { LinkIndex } from "./link-index.js";

/** Options of {@link readLinkIndex}. */
export interface LinkIndexOptions {
  /**
   * The CIKs whose reports to keep, each with the day of its earliest
   * notice (days since 1970-01-01); reports filed before it are not kept.
   * Without it, the notices are the NT filings of the index data: a first
   * pass reads them, a second the reports of their CIKs.
   */
  wanted?: ReadonlyMap<number, number>;
  /** Told of each line of an `.idx` index that cannot be read. */
  onBadLine?: (file: string, line: number, text: string) => void;
}

/** The form type of the notice that a registration statement became effective. */
const EFFECT = "EFFECT";

/** Whether a form type is an NT filing; the common spellings answered without work. */
function ntForm(formType: string): boolean {
  return formType.charCodeAt(0) === 78 && formType.charCodeAt(1) === 84 && isNtType(formType);
}

/**
 * Reads EDGAR index data (`.idx` indexes plain, `.gz` or `.zip`;
 * submissions JSON and its pages, alone or in `submissions.zip`) for
 * `link`, streamed: the NT filings, and the reports of the CIKs that
 * filed notices. With `wanted` (the CIKs of records given) the files are
 * read once, else twice (notices first, then their CIKs' reports).
 */
export async function readLinkIndex(paths: readonly string[], options: LinkIndexOptions = {}): Promise<LinkIndex> {
  const index = new LinkIndex();
  const wanted = options.wanted;
  if (wanted !== undefined) {
    await readPass(paths, index, options, true, wanted);
    return index;
  }
  await readPass(paths, index, options, false, null);
  await readPass(paths, index, options, true, index.earliestNotices());
  return index;
}

/** One pass over the files: notices when `wanted` is null or reports are read too, reports of the `wanted` CIKs when `reports`. */
async function readPass(
  paths: readonly string[],
  index: LinkIndex,
  options: LinkIndexOptions,
  reports: boolean,
  wanted: ReadonlyMap<number, number> | null,
): Promise<void> {
  // In a two-pass read the notices come in the first pass, the reports in the second.
  const notices = options.wanted !== undefined || !reports;
  for (const path of paths) {
    let current = path;
    let json = false;
    // Every row of a submissions JSON is read (few), so that the company's last filing of any form dates the data's end.
    const keepForm = (formType: string): boolean =>
      json || (notices && ntForm(formType)) || (reports && (index.isReport(formType) || formType === EFFECT));
    const keep = (row: IndexRow): boolean => {
      index.noteDate(row.dateFiled, row.cik, json);
      if (ntForm(row.formType)) {
        if (notices) index.addNotice(row);
        return false;
      }
      if (!reports) return false;
      const since = wanted?.get(Number(row.cik));
      if (since === undefined) return false;
      if (row.formType === EFFECT) {
        index.addEffect(row);
        return false;
      }
      index.notePeriodic(row);
      if (dayNumber(row.dateFiled) >= since) index.addReport(row);
      return false;
    };
    const rows = readIndexFile(path, {
      keepForm,
      keep,
      onFile: (name) => {
        current = name;
        json = name.toLowerCase().endsWith(".json");
        index.noteFile(name);
      },
      onCompany: (company) => index.addCompany(company),
      onHeader: (header) => {
        if (header.lastDataReceived !== null) index.noteDataEnd(header.lastDataReceived);
      },
      onBadLine: (line, text) => {
        if (notices) options.onBadLine?.(current, line, text);
      },
    });
    for await (const _row of rows) {
      // Every row is taken by `keep`.
    }
  }
}
