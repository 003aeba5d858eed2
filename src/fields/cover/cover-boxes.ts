import type { LineNode } from "../../form/form-tree.js";
import type { NtRecord, ReportType } from "../../record/types.js";
import { CHECK_ONE, PERIOD_CAPTION, REPORT_TYPE_LABEL, REPORT_TYPE_NUMBER, TRANSITION_LABEL, TRANSITION_PERIOD_CAPTION, TRANSITION_ROW_LINE } from "./cover-patterns.js";
import { SPACE_RUN } from "../text-patterns.js";
import type { FieldEvidence, ReadingBuilder } from "../reading.js";
import { readChoices } from "../read-choices.js";
import { findLineIndex, isFiller } from "../section-lines.js";

/** Report types by their labels' canonical spelling. */
const REPORT_TYPES: ReadonlyMap<string, ReportType> = new Map<string, ReportType>([
  ["10-K", "10-K"], ["10-K405", "10-K"], ["10-KSB", "10-KSB"], ["10-Q", "10-Q"], ["10-QSB", "10-QSB"], ["10-D", "10-D"],
  ["20-F", "20-F"], ["11-K", "11-K"], ["N-SAR", "N-SAR"], ["N-CSR", "N-CSR"], ["N-CEN", "N-CEN"],
]);

/** Report types of the label texts read so far: labels repeat from notice to notice. */
const readTypes = new Map<string, ReportType | null>();
/** Label texts kept at most in {@link readTypes} (a hostile cover may write any number). */
const MAX_KEPT_LABELS = 1024;

/** The canonical report type of a label's `type` group ("FORM-11K" → "11-K"). */
export function canonicalReportType(raw: string): ReportType | null {
  const known = readTypes.get(raw);
  if (known !== undefined) return known;
  const type = REPORT_TYPES.get(raw.toUpperCase().replace(SPACE_RUN, "").replace(REPORT_TYPE_NUMBER, "$1-")) ?? null;
  if (readTypes.size < MAX_KEPT_LABELS) readTypes.set(raw, type);
  return type;
}

/** The report types marked in the cover's check-one row. */
export interface TypeRow {
  /** Line of the cover where the row starts, or -1 when the cover shows none. */
  start: number;
  /** The marked types in row order, each once. */
  types: ReportType[];
  /** Evidence of each marked type: its box and its label. */
  evidence: FieldEvidence[];
}

/** The cover's transition boxes. */
export interface TransitionBoxes {
  /** Line of the cover with the first transition label, or -1 when the cover shows none. */
  start: number;
  /** true a box is marked (or a free-form transition heading), false the boxes are shown unmarked, null unread or absent. */
  marked: boolean | null;
  /** The report type of the marked transition box. */
  type: ReportType | null;
}

/** The most lines, blank ones included, that the check-one row may span. */
const MAX_ROW_SPAN = 60;

/** Whether a line holds a transition label or the transition period caption. */
function isTransitionLine(l: LineNode): boolean {
  return TRANSITION_LABEL.test(l.value) || TRANSITION_PERIOD_CAPTION.test(l.value);
}

/**
 * Reads the check-one row: from "(Check One)" (or the first line with a
 * report-type label and a box) to the period caption or the transition
 * boxes. Warns about each box that cannot be read.
 */
export function readTypeRow(b: ReadingBuilder<NtRecord["form"]>, text: string, lines: LineNode[]): TypeRow {
  let start = findLineIndex(lines, CHECK_ONE);
  if (start < 0) {
    start = lines.findIndex((l) => REPORT_TYPE_LABEL.test(l.value) && !isTransitionLine(l) && readChoices(l.value, REPORT_TYPE_LABEL).some((c) => c.markSpan));
  }
  const types: ReportType[] = [];
  const evidence: FieldEvidence[] = [];
  if (start < 0) return { start, types, evidence };
  // Up to seven lines of the row after its first; blank and rule lines are
  // not counted (a text rendering of an HTML table puts each option in a
  // cell of its own, blank lines between: test/metamorphic, cells-pipe).
  let end = start;
  for (let i = start + 1, seen = 0; i < Math.min(lines.length, start + MAX_ROW_SPAN) && seen < 7; i++) {
    const l = lines[i] as LineNode;
    if (PERIOD_CAPTION.test(l.value) || isTransitionLine(l)) break;
    const filler = isFiller(l) || l.value.trim() === "";
    if (!REPORT_TYPE_LABEL.test(l.value) && !filler && i > start + 1) break;
    if (!filler) seen++;
    end = i;
  }
  const choices = readChoices(text, REPORT_TYPE_LABEL, (lines[start] as LineNode).start, (lines[end] as LineNode).end);
  for (const c of choices) {
    if (c.unreadable) b.warn("reportTypes", "checkbox-unreadable", "a report-type box could not be read", c.markSpan);
    if (c.state !== true) continue;
    const type = canonicalReportType(c.match.groups?.type ?? "");
    if (type && !types.includes(type)) {
      types.push(type);
      const mark = c.markSpan ?? c.labelSpan;
      evidence.push({ kind: "box", span: { start: Math.min(mark.start, c.labelSpan.start), end: Math.max(mark.end, c.labelSpan.end) } });
    }
  }
  return { start, types, evidence };
}

/**
 * Reads the transition boxes and sets `form.transition`'s evidence. A label
 * without a box counts as unmarked when the check-one row has a marked
 * type; a lone transition heading with no box on a cover without a
 * check-one row is a free-form transition notice.
 */
export function readTransitionBoxes(b: ReadingBuilder<NtRecord["form"]>, text: string, lines: LineNode[], row: TypeRow): TransitionBoxes {
  const start = findLineIndex(lines, TRANSITION_LABEL);
  if (start < 0) return { start, marked: null, type: null };
  const first = lines[start] as LineNode;
  let end = start;
  for (let i = start + 1; i < Math.min(lines.length, start + 12); i++) {
    const l = lines[i] as LineNode;
    if (TRANSITION_PERIOD_CAPTION.test(l.value) && !TRANSITION_LABEL.test(l.value)) break;
    if (PERIOD_CAPTION.test(l.value)) break;
    if (TRANSITION_LABEL.test(l.value) || TRANSITION_ROW_LINE.test(l.value)) end = i;
    else if (l.value.trim() !== "") break;
  }
  const choices = readChoices(text, TRANSITION_LABEL, first.start, (lines[end] as LineNode).end);
  let marked: boolean | null = null;
  let type: ReportType | null = null;
  const checked = choices.find((c) => c.state === true);
  if (checked) {
    marked = true;
    type = canonicalReportType(checked.match.groups?.type ?? "");
    b.set("transition", true, checked.markSpan ?? checked.labelSpan);
  } else if (choices.some((c) => c.state === false || (c.state === null && !c.unreadable && row.types.length > 0))) {
    marked = false;
    const c0 = choices[0];
    if (c0) b.set("transition", false, c0.markSpan ?? c0.labelSpan);
  } else {
    b.warn("transition", "checkbox-unreadable", "the transition boxes could not be read", { start: first.start, end: first.end });
  }
  // A heading "TRANSITION REPORT ON FORM 10-K" with no boxes anywhere on the
  // cover is a free-form transition notice (fixtures/excerpts/excerpt-042.txt).
  if (row.start < 0 && choices.every((c) => c.markSpan === null) && choices.length === 1) {
    marked = true;
    type = canonicalReportType(choices[0]?.match.groups?.type ?? "");
    const c0 = choices[0];
    if (c0) b.set("transition", true, c0.labelSpan);
  }
  return { start, marked, type };
}
