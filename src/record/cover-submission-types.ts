import type { NtRecord } from "./types.js";

/**
 * The EDGAR submission types a notice's cover stands for: `NT` and each
 * report type checked on it (`☒ Form 10-Q` → `NT 10-Q`), with `/A` when the
 * cover marks an amendment. How `--forms` selects a notice that carries no
 * header and no `<TYPE>`; empty when no report type is checked.
 */
export function coverSubmissionTypes(form: Pick<NtRecord["form"], "reportTypes" | "amendment">): string[] {
  return form.reportTypes.map((report) => `NT ${report}${form.amendment ? "/A" : ""}`);
}
