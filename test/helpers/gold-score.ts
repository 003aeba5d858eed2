/**
 * Field-by-field comparison of records with hand-checked gold values, the
 * same rules as the shared scorer: booleans, dates and null exactly; lists as
 * sets; phone numbers by digits; short strings case- and space-insensitively;
 * long texts by token F1 >= 0.9.
 */
const LONG_TEXT = new Set(["part3.narrative", "part4.changeExplanation", "part4.reportsNotFiled", "auditorLetter.text"]);

/** Reads a dotted path. */
export function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (cur === null || cur === undefined) return cur === null ? null : undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function norm(s: unknown): string {
  return String(s)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/^[\s"'.,;:()\-]+|[\s"'.,;:()\-]+$/g, "");
}

function tokens(s: string): string[] {
  return norm(s).split(/[^a-z0-9$%]+/).filter(Boolean);
}

function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / tb.length;
  const r = overlap / ta.length;
  return (2 * p * r) / (p + r);
}

/** Whether an extracted value matches the gold value for a path. */
export function same(path: string, want: unknown, got: unknown): boolean {
  if (got === undefined) got = null;
  if (want === null || got === null) return want === got;
  if (typeof want === "boolean" || typeof want === "number") return want === got;
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return false;
    const a = new Set(want.map(norm));
    const b = new Set(got.map(norm));
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  if (typeof got !== "string" || typeof want !== "string") return false;
  if (path === "part4.contactPhone") return want.replace(/\D/g, "") === got.replace(/\D/g, "");
  if (LONG_TEXT.has(path)) return tokenF1(want, got) >= 0.9;
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(want)) return want === got;
  return norm(want) === norm(got);
}

/** The gold's field paths (without its bookkeeping keys). */
export function goldFields(gold: Record<string, unknown>): [string, unknown][] {
  return Object.entries(gold).filter(([k]) => !["file", "name", "note", "expect", "base"].includes(k));
}
