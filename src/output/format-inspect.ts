import type { Evidence, NtRecord } from "../record/types.js";
import { getPath } from "./flatten-record.js";

/** The record's groups as `inspect` shows them, with their field paths in SPEC order. */
const GROUPS: [string, string[]][] = [
  ["Filing (EDGAR header)", ["filing.accessionNumber", "filing.submissionType", "filing.filedDate", "filing.cik", "filing.companyName", "filing.sic", "filing.stateOfIncorporation", "filing.fiscalYearEnd", "filing.fileNumber"]],
  ["Cover", ["form.amendment", "form.reportTypes", "form.periodEnded", "form.transition", "form.transitionPeriodEnded", "form.itemsRelatedTo", "form.secFileNumber", "form.cusip"]],
  ["Part I  Registrant information", ["registrant.name", "registrant.formerName", "registrant.address", "registrant.cityStateZip"]],
  ["Part II  Rule 12b-25(b) and (c)", ["part2.reliefClaimed"]],
  ["Part III  Narrative", ["part3.narrative"]],
  ["Part IV  Other information", ["part4.contactName", "part4.contactPhone", "part4.otherReportsFiled", "part4.reportsNotFiled", "part4.significantChange", "part4.changeExplanation", "part4.changeDirection", "part4.changeFigures"]],
  ["Signature", ["signature.registrantName", "signature.date", "signature.name", "signature.title"]],
  ["Accountant's letter", ["auditorLetter.firm", "auditorLetter.date", "auditorLetter.text"]],
  ["Coding", ["reasons", "intent.withinGracePeriod", "history.priorNotices", "history.firstTime"]],
];

/** A value as JSON, cut to `width` characters. */
function show(value: unknown, width: number): string {
  if (value === null || value === undefined) return "null";
  const s = JSON.stringify(value);
  return s.length > width ? s.slice(0, width - 3) + "..." : s;
}

/** One "line L:C  text" entry per piece of evidence. */
function where(e: Evidence | Evidence[] | undefined): string[] {
  if (!e) return [];
  const list = Array.isArray(e) ? e : [e];
  return list.map((x) => `line ${x.line}:${x.column}  ${show(x.text, 70)}`);
}

/**
 * `inspect`'s human view of a record: each group of fields with the value
 * and the source line it came from, then the warnings as a linter-like list
 * (`line:column  ruleId  message  [path]`).
 */
export function formatInspect(record: NtRecord): string {
  const out: string[] = [];
  out.push(`${record.source.path}  (${record.source.format}${record.filing.submissionType ? `, ${record.filing.submissionType}` : ""})`);
  const width = 30;
  for (const [title, paths] of GROUPS) {
    out.push("", title);
    for (const path of paths) {
      const value = getPath(record, path);
      out.push(`  ${path.padEnd(width)} ${show(value, 60)}`);
      const ev = record.evidence[path];
      for (const w of where(ev)) out.push(`  ${"".padEnd(width)}   \u2190 ${w}`);
      if (path === "reasons") {
        for (const reason of record.reasons) {
          for (const w of where(record.evidence[`reasons.${reason}`])) out.push(`  ${"".padEnd(width)}   ${reason}: ${w}`);
        }
        // categories mentioned but not given: why each mention was set aside
        for (const key of Object.keys(record.evidence).filter((k) => k.startsWith("reasons.")).sort()) {
          const reason = key.slice("reasons.".length);
          if ((record.reasons as string[]).includes(reason)) continue;
          const list = record.evidence[key];
          for (const e of Array.isArray(list) ? list : list ? [list] : []) {
            out.push(`  ${"".padEnd(width)}   (not ${reason}, ${e.role ?? "set aside"}): line ${e.line}:${e.column}  ${show(e.text, 60)}`);
          }
        }
      }
    }
  }
  out.push("", `Warnings (${record.warnings.length})`);
  for (const w of record.warnings) {
    const at = w.line !== null ? `${w.line}:${w.column ?? 1}` : "-";
    out.push(`  ${at.padEnd(9)} ${w.ruleId.padEnd(22)} ${w.message}${w.path ? `  [${w.path}]` : ""}`);
  }
  return out.join("\n") + "\n";
}
