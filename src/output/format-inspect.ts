import type { Evidence, NtRecord } from "../record/types.js";
import { getPath } from "./flatten-record.js";
import { PLAIN_STYLE, type TerminalStyle } from "./terminal-style.js";
import { wrapText } from "./wrap-text.js";
import { INSPECT_GROUPS, LONG_TEXT_FIELDS } from "./inspect-groups.js";

/** How {@link formatInspect} lays out its text. */
export interface InspectLayout {
  /** Columns available (the terminal's width); lines are wrapped to it. */
  width: number;
  style: TerminalStyle;
}

/** The layout of plain text 100 columns wide. */
const PLAIN_LAYOUT: InspectLayout = { width: 100, style: PLAIN_STYLE };

/** Column where values start. */
const VALUE_COLUMN = 33;

/**
 * `inspect`'s human view of a record: each group of fields with the value
 * and the source line it came from (long texts in full, wrapped to the
 * width), then the warnings as `FILE:LINE:COLUMN ruleId message [path]`, the
 * form editors and terminals jump to.
 */
export function formatInspect(record: NtRecord, layout: InspectLayout = PLAIN_LAYOUT): string {
  const { style } = layout;
  const width = Math.max(VALUE_COLUMN + 20, layout.width);
  const out: string[] = [];
  const pad = " ".repeat(VALUE_COLUMN);
  const heading = `${record.source.path}  (${record.source.format}${record.filing.submissionType ? `, ${record.filing.submissionType}` : ""})`;
  for (const line of wrapText(heading, width)) out.push(style.title(line));
  for (const [title, paths] of INSPECT_GROUPS) {
    out.push("", style.title(title));
    for (const path of paths) {
      const value = getPath(record, path);
      const name = `  ${path}`.padEnd(VALUE_COLUMN - 1);
      if (typeof value === "string" && LONG_TEXT_FIELDS.has(path)) {
        out.push(style.field(name.trimEnd()));
        for (const line of wrapText(value, width - 4)) out.push(`    ${line}`);
      } else {
        const lines = wrapText(show(value), width - VALUE_COLUMN);
        out.push(`${style.field(name)} ${value === null || value === undefined ? style.dim(lines[0] ?? "") : style.value(lines[0] ?? "")}`);
        for (const line of lines.slice(1)) out.push(`${pad}${style.value(line)}`);
      }
      for (const w of where(record.evidence[path], width - VALUE_COLUMN - 2)) out.push(`${pad}${style.dim(`\u2190 ${w}`)}`);
      if (path === "reasons") {
        // Each category given, with the phrase behind it and the role of its sentence ("auditor (cause): …")
        for (const reason of record.reasons) {
          for (const e of evidenceList(record.evidence[`reasons.${reason}`])) {
            out.push(...labelled(`${reason} (${e.role ?? "cause"}): `, e, width - VALUE_COLUMN, (label, w) => `${pad}${label}${style.dim(w)}`));
          }
        }
        // Categories mentioned but not given: why each mention was set aside.
        for (const key of Object.keys(record.evidence).filter((k) => k.startsWith("reasons.")).sort()) {
          const reason = key.slice("reasons.".length);
          if ((record.reasons as string[]).includes(reason)) continue;
          for (const e of evidenceList(record.evidence[key])) {
            out.push(...labelled(`(not ${reason}, ${e.role ?? "set aside"}): `, e, width - VALUE_COLUMN, (label, w) => `${pad}${style.dim(label + w)}`));
          }
        }
      }
    }
  }
  out.push("", style.title(`Warnings (${record.warnings.length})`));
  for (const w of record.warnings) out.push(formatWarning(record.source.path, w, style));
  return out.join("\n") + "\n";
}

/**
 * One warning as a compiler prints one: `FILE:LINE:COLUMN ruleId message
 * [path]` (`FILE ruleId …` when it has no position).
 */
function formatWarning(file: string, w: NtRecord["warnings"][number], style: TerminalStyle = PLAIN_STYLE): string {
  const at = w.line !== null ? `${file}:${w.line}:${w.column ?? 1}` : file;
  return `${at} ${style.warning(w.ruleId)} ${w.message}${w.path ? style.dim(`  [${w.path}]`) : ""}`;
}

/** A value as JSON (strings quoted, so that a string "null" differs from null). */
function show(value: unknown): string {
  if (value === null || value === undefined) return "null";
  return JSON.stringify(value);
}

/** Shortest room kept for the quoted text of a piece of evidence. */
const MIN_QUOTE = 16;

/**
 * A piece of evidence after its label ("auditor (cause): line 4:2 …"), on
 * one line when both fit in `room` columns, else the label on a line of its
 * own and the evidence indented under it.
 */
function labelled(label: string, e: Evidence, room: number, line: (label: string, where: string) => string): string[] {
  const head = `line ${e.line}:${e.column}  `;
  if (label.length + head.length + MIN_QUOTE <= room) return where(e, room - label.length).map((w) => line(label, w));
  return [line(label.trimEnd(), ""), ...where(e, room - 2).map((w) => line("  ", w))];
}

/** Evidence as a list, whether the record holds one piece or several. */
function evidenceList(e: Evidence | Evidence[] | undefined): Evidence[] {
  return Array.isArray(e) ? e : e ? [e] : [];
}

/** One "line L:C  text" entry per piece of evidence, the text cut to fit `room` columns. */
function where(e: Evidence | Evidence[] | undefined, room: number): string[] {
  if (!e) return [];
  const list = Array.isArray(e) ? e : [e];
  return list.map((x) => {
    const head = `line ${x.line}:${x.column}  `;
    const text = JSON.stringify(x.text);
    const fit = Math.max(10, room - head.length);
    return head + (text.length > fit ? `${text.slice(0, fit - 1)}\u2026` : text);
  });
}
