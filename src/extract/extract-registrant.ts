import type { VFile } from "vfile";
import type { FormRoot, LineNode } from "../parse/form-tree.js";
import {
  CAPTION_ADDRESS,
  CAPTION_CITY,
  CAPTION_FORMER,
  CAPTION_HINT,
  CAPTION_NAME,
  CITY_STATE_ZIP,
  NOT_APPLICABLE,
  NOT_APPLICABLE_LEAD,
  DEFINED_TERM,
  FORMERLY,
  OPENS_WITH_BRACKET,
  PART1_TITLE,
  PART_HEADING,
} from "../patterns/form-patterns.js";
import { cleanValue, unbracket, valueStart } from "../text/clean-text.js";
import { context, setField, warn, type Span } from "./context.js";
import { firstMatchFrom } from "./scan-matches.js";
import { hasSection, isFiller, requireSection } from "./section-lines.js";

type Kind = "name" | "formerName" | "address" | "cityStateZip";

/** Each caption's words as the form prints them, to recognise a caption cut off mid-word. */
const CAPTION_WORDS: Record<Kind, string> = {
  name: "full name of registrant",
  formerName: "former name if applicable",
  address: "address of principal executive office (street and number)",
  cityStateZip: "city, state and zip code",
};

/** The kinds in form order. */
const ORDER: Kind[] = ["name", "formerName", "address", "cityStateZip"];

const CAPTIONS: [Kind, RegExp][] = [
  ["name", CAPTION_NAME],
  ["formerName", CAPTION_FORMER],
  ["address", CAPTION_ADDRESS],
  ["cityStateZip", CAPTION_CITY],
];

interface Caption {
  kind: Kind;
  /** Line where the caption ends (its inline value is there). */
  line: number;
  /** Line where the caption starts (the gap above ends there). */
  startLine: number;
  /** Value on the caption's line after it ("Full name of registrant: ACME"). */
  after: Piece | null;
  /** Value on the caption's line before it ("ACME (Full Name of Registrant)"). */
  before: Piece | null;
}

interface Piece {
  text: string;
  span: Span;
}

function piece(line: LineNode, from: number, to: number): Piece | null {
  let raw = line.value.slice(from, to);
  const hint = CAPTION_HINT.exec(raw);
  let shift = 0;
  if (hint) {
    shift = hint[0].length;
    raw = raw.slice(shift);
  }
  const text = cleanValue(unbracket(raw));
  if (!text) return null;
  return { text, span: { start: line.start + from + shift + valueStart(raw), end: line.start + to } };
}

/** Drops a defined-term remark ("(the \u201cCompany\u201d)") and, for a former name, a leading "formerly". */
function stripRemarks(text: string, kind: Kind): string {
  const t = text.replace(DEFINED_TERM, "");
  return kind === "formerName" ? t.replace(FORMERLY, "") : t;
}

/**
 * Reads Part I. Captions and values come in two layouts: value after its
 * caption (on the same line or the next: fixtures/excerpts/excerpt-004.txt)
 * or, as the official form prints it, value above its caption
 * (fixtures/excerpts/excerpt-008.txt, excerpt-018.txt). The layout is decided
 * once for the block: values standing between the heading and the first
 * caption mean "value before caption".
 */
export function readRegistrant(file: VFile): void {
  const ctx = context(file);
  const root: FormRoot = ctx.root;
  const lines = requireSection(file, "part1", "registrant.name", "Part I (registrant information) was not found");
  if (!lines) return;
  // Captions may wrap across lines ("Address of Principal Executive /
  // Office (Street and Number):" in fixtures/samples/igene-nt10k-1998.txt), so
  // they are matched over the section's text; a caption belongs to the line
  // where it ends.
  const text = ctx.derived.text;
  const first = lines[0] as LineNode;
  const last = lines[lines.length - 1] as LineNode;
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as LineNode).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const found: { kind: Kind; start: number; end: number }[] = [];
  for (const [kind, re] of CAPTIONS) {
    const m = firstMatchFrom(text, re, first.start, last.end);
    if (m) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  // A caption cut off at the end of an excerpt ("Address o",
  // fixtures/excerpts/excerpt-004.txt) still ends the value above it.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as LineNode;
    const v = cleanValue(l.value).toLowerCase();
    if (v.length < 5 || l !== last) continue;
    const kind = (Object.keys(CAPTION_WORDS) as Kind[]).find((k) => CAPTION_WORDS[k].startsWith(v));
    if (kind && !found.some((f) => f.kind === kind)) found.push({ kind, start: l.start, end: l.end });
  }
  found.sort((a, b) => a.start - b.start);
  // A second registrant block (fixtures/excerpts/excerpt-022.txt) repeats the
  // captions: keep the first block only.
  const captions: Caption[] = [];
  const seen = new Set<Kind>();
  for (const f of found) {
    const endLine = lineAt(f.end);
    const startLine = lineAt(f.start);
    const line = lines[endLine] as LineNode;
    const head = lines[startLine] as LineNode;
    seen.add(f.kind);
    const parenthesised = head.value.slice(0, f.start - head.start).trimEnd().endsWith("(");
    captions.push({
      kind: f.kind,
      line: endLine,
      startLine,
      after: piece(line, f.end - line.start, line.value.length),
      before: parenthesised ? piece(head, 0, f.start - head.start) : null,
    });
  }
  const truncated = !hasSection(root, "part2");
  const valueLines = (from: number, to: number): Piece[] => {
    const out: Piece[] = [];
    for (let i = from; i < to && i < lines.length; i++) {
      const l = lines[i] as LineNode;
      if (isFiller(l) || PART_HEADING.test(l.value) || PART1_TITLE.test(l.value)) continue;
      if (CAPTIONS.some(([, re]) => re.test(l.value))) break;
      const p = piece(l, 0, l.value.length);
      if (p) out.push(p);
    }
    return out;
  };
  const gaps: Piece[][] = [];
  for (let k = 0; k <= captions.length; k++) {
    const from = k === 0 ? 0 : (captions[k - 1] as Caption).line + 1;
    const to = k === captions.length ? Math.min(lines.length, from + 4) : (captions[k] as Caption).startLine;
    gaps.push(valueLines(from, to));
  }
  const firstCaption = captions[0];
  const parenthesised = captions.some((c) => c.before !== null) || (firstCaption !== undefined && OPENS_WITH_BRACKET.test(lines[firstCaption.line]?.value ?? ""));
  const valueBefore = (gaps[0]?.length ?? 0) > 0 || parenthesised || captions.length === 0;
  const values = new Map<Kind, Piece[]>();
  // An excerpt that ends inside Part I, value-above-caption layout: the values
  // after the last caption belong to the next caption, cut off
  // (fixtures/excerpts/excerpt-008.txt, excerpt-010.txt, excerpt-074.txt).
  if (truncated && (valueBefore || captions.length === 0)) {
    const lastKind = captions.length ? (captions[captions.length - 1] as Caption).kind : null;
    const next = ORDER[lastKind ? ORDER.indexOf(lastKind) + 1 : 0];
    const tail = gaps[captions.length] ?? [];
    if (next && tail.length > 0) values.set(next, tail.slice(0, next === "address" ? 2 : 1));
  }
  // Each caption owns its inline value; each run of value lines between two
  // captions goes to the one of them that has no inline value (a Part I may
  // mix layouts: fixtures/constructed/registrant/mixed-layout.txt), to the
  // upper one as a continuation when both have one (a wrapped address:
  // fixtures/excerpts/excerpt-052.txt), else by the block's layout.
  const owned = captions.map((c) => [c.before, c.after].filter((p): p is Piece => p !== null));
  const above: Piece[][] = captions.map(() => []);
  const below: Piece[][] = captions.map(() => []);
  for (let k = 0; k <= captions.length; k++) {
    const gap = gaps[k] ?? [];
    if (gap.length === 0) continue;
    const up = k - 1;
    const down = k < captions.length ? k : -1;
    const upFree = up >= 0 && (owned[up]?.length ?? 0) === 0;
    const downFree = down >= 0 && (owned[down]?.length ?? 0) === 0;
    if (up < 0) {
      if (down >= 0 && valueBefore) above[down] = gap;
      continue;
    }
    if (down < 0) {
      if (!valueBefore || (owned[up]?.length ?? 0) > 0) below[up] = gap.slice(0, 4);
      continue;
    }
    if (upFree && !downFree) below[up] = gap;
    else if (downFree && !upFree) above[down] = gap;
    else if (!upFree && !downFree) below[up] = gap;
    else if (valueBefore) {
      // Value-above layout, but the upper caption got nothing from above: its value stands under it.
      const upHasAbove = (above[up]?.length ?? 0) > 0;
      if (!upHasAbove && gap.length >= 2) {
        below[up] = gap.slice(0, 1);
        above[down] = gap.slice(1);
      } else above[down] = gap;
    } else if ((above[up]?.length ?? 0) > 0) {
      // The upper caption already has its value above it: so does the lower one.
      above[down] = gap;
    } else {
      // Value-below layout, but nothing stands under the lower caption: its value stands above it.
      const downHasBelow = (gaps[k + 1]?.length ?? 0) > 0;
      if (!downHasBelow && gap.length >= 2) {
        below[up] = gap.slice(0, -1);
        above[down] = gap.slice(-1);
      } else below[up] = gap;
    }
  }
  captions.forEach((c, k) => {
    values.set(c.kind, [...(above[k] ?? []), ...(owned[k] ?? []), ...(below[k] ?? [])]);
  });

  // An address block of several lines under one caption, with no city caption,
  // ends with its city line (fixtures/excerpts/excerpt-064.txt).
  const address = values.get("address");
  if (!seen.has("cityStateZip") && address && address.length >= 2) {
    const last = address[address.length - 1] as Piece;
    if (CITY_STATE_ZIP.test(last.text)) {
      values.set("cityStateZip", [last]);
      values.set("address", address.slice(0, -1));
    }
  }

  for (const [kind] of CAPTIONS) {
    const path = `registrant.${kind}`;
    const pieces = values.get(kind);
    if (!pieces) {
      if (kind !== "formerName") warn(file, path, "field-missing", `no ${kind} caption in Part I`);
      continue;
    }
    const text = cleanValue(stripRemarks(pieces.map((p) => p.text).join(" "), kind));
    if (!text || NOT_APPLICABLE.test(text) || NOT_APPLICABLE_LEAD.test(text)) {
      setField(ctx, path, null, null);
      if (kind !== "formerName") warn(file, path, "field-missing", `Part I gives no ${kind}`);
      continue;
    }
    const first = pieces[0] as Piece;
    const last = pieces[pieces.length - 1] as Piece;
    setField(ctx, path, text, { start: first.span.start, end: last.span.end });
  }
}

/** unified plugin: Part I, registrant information. */
export function extractRegistrant() {
  return (_tree: FormRoot, file: VFile): void => readRegistrant(file);
}
