import { createHash } from "node:crypto";
import type { FilingTexts } from "../parse-filing-types.js";
import type { Evidence, NtRecord } from "../record/types.js";
import { getPath } from "./flatten-record.js";
import { INSPECT_GROUPS, LONG_TEXT_FIELDS } from "./inspect-groups.js";
import { PAGE_SCRIPT, PAGE_STYLE, REASON_COLOURS } from "./inspect-page-assets.js";
import { HTML_SPECIAL } from "./output-patterns.js";
import { EvidenceLocator, type ShownSpan } from "./locate-evidence.js";

/** Characters of a long text shown in the panel (the whole text is in the page). */
const PANEL_TEXT = 300;

/** The headings of the shown texts. */
const PART_TITLES: Record<FilingTexts["parts"][number]["role"], string> = {
  header: "Submission header",
  notice: "Notice",
  letter: "Accountant's letter",
};

/** What a highlight stands for: its classes in the text. */
interface Mark {
  id: string;
  span: ShownSpan;
  classes: string[];
}

/** One entry of the panel: a value, a reason phrase or a warning. */
interface Entry {
  name: string;
  value: string;
  /** Where each piece of its evidence is marked (the mark's id), with its line and column. */
  at: { id: string | null; line: number | null; column: number | null }[];
  /** Classes of the entry's swatch (reason colours), if any. */
  swatch?: string;
  /** Shown in the rule's style (a warning's ruleId). */
  rule?: string;
}

/**
 * `inspect --html`: one self-contained page (inline style and script, allowed
 * by their hashes in a strict Content-Security-Policy; nothing loaded from
 * anywhere) showing the texts the values were read from — the submission
 * header as written, the notice and any accountant's letter as rendered to
 * text, never the filing's own HTML — with every value's evidence
 * highlighted, warnings underlined at their point and reason phrases in their
 * category's colour; a side panel lists the values by part of the form, then
 * the reasons, the coding, the outcome when `link` has filled it in, and the warnings. Every
 * text from the filing is escaped.
 */
export function inspectPage(record: NtRecord, texts: FilingTexts): string {
  const locator = new EvidenceLocator(texts);
  const marks: Mark[] = [];
  const markOf = (e: { line: number; column: number; text: string }, classes: string[]): string | null => {
    const span = locator.evidence(e.line, e.column, e.text);
    if (!span) return null;
    const id = `e${marks.length + 1}`;
    marks.push({ id, span, classes: span.exact ? classes : [...classes, "approx"] });
    return id;
  };
  const evidenceOf = (path: string): Evidence[] => {
    const found = record.evidence[path];
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  };
  const valueEntry = (path: string, value: unknown): Entry => ({
    name: path,
    value: show(value, LONG_TEXT_FIELDS.has(path)),
    at: evidenceOf(path).map((e) => ({ id: markOf(e, ["v"]), line: e.line, column: e.column })),
  });

  const groups: { title: string; entries: Entry[] }[] = INSPECT_GROUPS.filter(([title]) => title !== "Coding").map(([title, paths]) => ({
    title,
    entries: paths.map((path) => valueEntry(path, getPath(record, path))),
  }));

  const reasons: Entry[] = [];
  const categories = Object.keys(record.evidence)
    .filter((key) => key.startsWith("reasons."))
    .map((key) => key.slice("reasons.".length));
  for (const category of [...record.reasons, ...categories.filter((c) => !(record.reasons as string[]).includes(c)).sort()]) {
    const given = (record.reasons as string[]).includes(category);
    const phrases = evidenceOf(`reasons.${category}`);
    const colour = `c-${category}`;
    if (phrases.length === 0) reasons.push({ name: category, value: "(no phrase recorded)", at: [], swatch: colour });
    for (const e of phrases) {
      const role = e.role ?? "cause";
      const classes = ["r", colour, ...(given && role === "cause" ? [] : ["aside"])];
      reasons.push({
        name: given ? `${category}${role === "cause" ? "" : ` (${role})`}` : `not ${category} (${role})`,
        value: show(e.text, true),
        at: [{ id: markOf(e, classes), line: e.line, column: e.column }],
        swatch: colour,
      });
    }
  }
  groups.push({ title: "Reasons", entries: reasons });
  groups.push({
    title: "Coding",
    entries: ["intent.withinGracePeriod", "history.priorNotices", "history.firstTime"].map((path) => valueEntry(path, getPath(record, path))),
  });
  // The outcome is filled in by `link`; a notice read alone has none to show.
  const outcome: object | null = record.outcome;
  if (outcome !== null && Object.values(outcome).some((value) => value !== null)) {
    groups.push({ title: "Outcome", entries: Object.entries(outcome).map(([key, value]) => valueEntry(`outcome.${key}`, value)) });
  }
  const warnings: Entry[] = record.warnings.map((w, i) => {
    const span = w.line !== null ? locator.point(w.line, w.column ?? 1) : null;
    const id = span ? `w${i + 1}` : null;
    if (span && id) marks.push({ id, span, classes: ["w"] });
    return { name: w.path ?? "", value: w.message, rule: w.ruleId, at: [{ id, line: w.line, column: w.column }] };
  });
  groups.push({ title: `Warnings (${record.warnings.length})`, entries: warnings });

  const style = PAGE_STYLE + Object.entries(REASON_COLOURS).map(([c, colour]) => `.hl.r.c-${c}, .swatch.c-${c} { background-color: ${colour}; }\n`).join("");
  const policy = [
    "default-src 'none'",
    `style-src '${hash(style)}'`,
    `script-src '${hash(PAGE_SCRIPT)}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const title = `${record.filing.companyName ?? record.registrant.name ?? record.source.path} — ${record.filing.submissionType ?? "Form 12b-25"}`;
  const located = marks.length;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(record.source.path)} · ${record.source.format} · sha256 ${record.source.sha256.slice(0, 12)}… · ${located} marks in the text · ${record.warnings.length} warnings</p>`,
    "</header>",
    "<main>",
    `<nav id="panel" aria-label="Values by part">${groups.map(renderGroup).join("")}</nav>`,
    `<article id="text">${texts.parts.map((part, i) => renderPart(PART_TITLES[part.role], part.text, marks.filter((m) => m.span.part === i))).join("")}</article>`,
    "</main>",
    `<script>${PAGE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** One group of the panel. */
function renderGroup(group: { title: string; entries: Entry[] }): string {
  const items = group.entries.map((entry) => {
    const [first, ...more] = entry.at;
    const where = entry.at
      .filter((a) => a.line !== null)
      .map((a) => `${a.line}:${a.column ?? 1}`)
      .join(", ");
    const swatch = entry.swatch ? `<span class="swatch ${entry.swatch}"></span>` : "";
    const rule = entry.rule ? `<span class="rule">${escapeHtml(entry.rule)}</span> ` : "";
    const body =
      `<span class="name">${swatch}${rule}${escapeHtml(entry.name)}${where ? ` <span class="at">line ${where}</span>` : ""}</span>` +
      `<span class="val">${escapeHtml(entry.value)}</span>`;
    const target = first?.id ?? null;
    const head = target ? `<button type="button" data-target="${target}">${body}</button>` : `<span class="none">${body}</span>`;
    // A value found in several places: one button for each further place.
    const others = more
      .filter((a) => a.id !== null)
      .map((a) => `<button type="button" class="also" data-target="${a.id ?? ""}"><span class="at">also line ${a.line}:${a.column}</span></button>`)
      .join("");
    return `<li>${head}${others}</li>`;
  });
  return `<h2>${escapeHtml(group.title)}</h2><ul>${items.join("")}</ul>`;
}

/** One shown text with its marks: cut at every mark's start and end, each piece carrying the marks over it. */
function renderPart(title: string, text: string, marks: Mark[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.span.start);
    cuts.add(m.span.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const starts = new Map<number, Mark[]>();
  for (const m of marks) starts.set(m.span.start, [...(starts.get(m.span.start) ?? []), m]);
  const open: Mark[] = [];
  const out: string[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] as number;
    const to = points[k + 1] as number;
    for (const m of starts.get(from) ?? []) open.push(m);
    for (let i = open.length - 1; i >= 0; i--) if ((open[i] as Mark).span.end <= from) open.splice(i, 1);
    const piece = escapeHtml(text.slice(from, to));
    if (open.length === 0) {
      out.push(piece);
      continue;
    }
    const classes = new Set(["hl", ...open.flatMap((m) => m.classes)]);
    out.push(`<span class="${[...classes].join(" ")}" data-m="${open.map((m) => m.id).join(" ")}">${piece}</span>`);
  }
  return `<section><h2>${escapeHtml(title)}</h2><pre>${out.join("")}</pre></section>`;
}

/** A value as the panel shows it: a text as itself (a long one cut), anything else as JSON; "—" for not given. */
function show(value: unknown, long: boolean): string {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "string") return JSON.stringify(value);
  return long && value.length > PANEL_TEXT ? `${value.slice(0, PANEL_TEXT - 1)}…` : value;
}

/** Text made safe for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
}

/** The CSP source of an inline style or script. */
function hash(content: string): string {
  return `sha256-${createHash("sha256").update(content, "utf8").digest("base64")}`;
}
