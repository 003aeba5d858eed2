import type { LineNode, SectionNode } from "../../form/form-tree.js";
import type { NtRecord } from "../../record/types.js";
import { CITY_STATE_ZIP, DEFINED_TERM, FORMERLY } from "./part1-patterns.js";
import { NOT_APPLICABLE, NOT_APPLICABLE_LEAD } from "../field-patterns.js";
import { OPENS_WITH_BRACKET } from "../../core/form-patterns.js";
import { cleanValue } from "../clean-text.js";
import { ReadingBuilder, type Reading } from "../reading.js";
import { CAPTIONS, ORDER, findCaptions, valueGaps, type Caption, type Kind, type Piece } from "./registrant-captions.js";

/** Drops a defined-term remark ("(the \u201cCompany\u201d)") and, for a former name, a leading "formerly". */
function stripRemarks(text: string, kind: Kind): string {
  const t = text.replace(DEFINED_TERM, "");
  return kind === "formerName" ? t.replace(FORMERLY, "") : t;
}

/** What the Part I reader gives: the `registrant` group. */
export interface RegistrantReading extends Reading<NtRecord["registrant"]> {
  kind: "part1";
}

/**
 * Reads Part I (`text` is the derived text its lines' offsets point into;
 * `truncated`: the notice ends inside Part I, no Part II follows). Captions and values come in two layouts: value after its
 * caption (on the same line or the next: fixtures/excerpts/excerpt-004.txt)
 * or, as the official form prints it, value above its caption
 * (fixtures/excerpts/excerpt-008.txt, excerpt-018.txt). The layout is decided
 * once for the block: values standing between the heading and the first
 * caption mean "value before caption".
 */
export function readRegistrant(part1: SectionNode, text: string, truncated: boolean): RegistrantReading {
  const b = new ReadingBuilder<NtRecord["registrant"]>("registrant");
  const lines = part1.children;
  if (lines.length === 0) {
    b.warn("name", "section-missing", "Part I (registrant information) was not found");
    return { kind: "part1", ...b.build() };
  }
  const captions = findCaptions(text, lines);
  const values = assignValues(lines, captions, truncated);

  // An address block of several lines under one caption, with no city caption,
  // ends with its city line (fixtures/excerpts/excerpt-064.txt).
  const address = values.get("address");
  if (!captions.some((c) => c.kind === "cityStateZip") && address && address.length >= 2) {
    const last = address[address.length - 1] as Piece;
    if (CITY_STATE_ZIP.test(last.text)) {
      values.set("cityStateZip", [last]);
      values.set("address", address.slice(0, -1));
    }
  }

  for (const [kind] of CAPTIONS) {
    const pieces = values.get(kind);
    if (!pieces) {
      if (kind !== "formerName") b.warn(kind, "field-missing", `no ${kind} caption in Part I`);
      continue;
    }
    const value = cleanValue(stripRemarks(pieces.map((p) => p.text).join(" "), kind));
    if (!value || NOT_APPLICABLE.test(value) || NOT_APPLICABLE_LEAD.test(value)) {
      b.set(kind, null, null);
      if (kind !== "formerName") b.warn(kind, "field-missing", `Part I gives no ${kind}`);
      continue;
    }
    const first = pieces[0] as Piece;
    const last = pieces[pieces.length - 1] as Piece;
    b.set(kind, value, { start: first.span.start, end: last.span.end });
  }
  return { kind: "part1", ...b.build() };
}

/**
 * Gives each caption its value pieces: its inline values and the value
 * lines of the gaps above and below it. `truncated`: the excerpt ends
 * inside Part I (no Part II follows).
 */
function assignValues(lines: LineNode[], captions: Caption[], truncated: boolean): Map<Kind, Piece[]> {
  const gaps = valueGaps(lines, captions);
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
  // mix layouts, one caption with its value inline, the next with it above), to the
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
  return values;
}
