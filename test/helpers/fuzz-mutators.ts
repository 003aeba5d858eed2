import fc from "fast-check";
import type { Seed } from "./fuzz-seeds.js";

/**
 * fast-check arbitraries that damage real inputs the way real archives do
 * (and worse): flipped bytes, cuts, lost, doubled and shuffled lines and
 * parts, NULs, invalid UTF-8, UTF-16, odd line ends, random binary. Each
 * arbitrary yields a plain-data recipe that `applyDamage` turns into bytes,
 * so fast-check shrinks a failing case to a small recipe on a real seed.
 * Lists that make an input long are drawn at full size (`size: "max"`):
 * fast-check's default keeps arrays near ten items.
 */

/** One fuzz input: what it is (for failure messages) and its bytes or text. */
export interface FuzzInput {
  label: string;
  input: Uint8Array | string;
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");
const bytesOf = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "latin1"));

/** A position inside a length, from a fraction in [0, 1]. */
function at(fraction: number, length: number): number {
  return Math.min(length, Math.max(0, Math.floor(fraction * length)));
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** Splits text into pieces that each end with their terminator (lines end with their line end). */
export function splitKeeping(text: string, ends: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(ends)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > last) out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Line ends of any kind (CR, LF, CRLF). */
const LINE_ENDS = /\r\n|\r|\n/g;

/**
 * Where a form or an envelope breaks into parts: Part headings, questions,
 * captions, envelope tags, HTML rows and paragraphs.
 */
const PART_STARTS = /(?=PART\s+I|PART\s+II|PART\s+III|PART\s+IV|\(\s*[123]\s*\)|Name of Registrant|SIGNATURE|<DOCUMENT>|<TEXT>|<\/TEXT>|<SEC-HEADER>|<TR|<tr|<P |<p |<DIV|<div|<TABLE|<table)/g;

/** Splits a text at the starts of its parts. */
export function splitParts(text: string): string[] {
  const cuts = [0, ...[...text.matchAll(PART_STARTS)].map((m) => m.index ?? 0), text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if ((cuts[i + 1] as number) > (cuts[i] as number)) out.push(text.slice(cuts[i], cuts[i + 1]));
  return out;
}

/** An edit of a list of pieces (lines or parts). */
interface PieceEdit {
  op: "delete" | "duplicate" | "move" | "swap" | "reverse";
  at: number;
  to: number;
  count: number;
}

const pieceEdit: fc.Arbitrary<PieceEdit> = fc.record({
  op: fc.constantFrom("delete", "duplicate", "move", "swap", "reverse"),
  at: fraction,
  to: fraction,
  count: fc.integer({ min: 1, max: 12 }),
});

/** Applies edits to a list of pieces. */
function editPieces(pieces: string[], edits: readonly PieceEdit[]): string[] {
  let list = [...pieces];
  for (const e of edits) {
    if (list.length === 0) break;
    const i = Math.min(list.length - 1, at(e.at, list.length));
    const n = Math.min(e.count, list.length - i);
    const j = Math.min(list.length - 1, at(e.to, list.length));
    switch (e.op) {
      case "delete":
        list.splice(i, n);
        break;
      case "duplicate":
        list.splice(j, 0, ...list.slice(i, i + n));
        break;
      case "move": {
        const moved = list.splice(i, n);
        list.splice(Math.min(j, list.length), 0, ...moved);
        break;
      }
      case "swap": {
        const a = list[i] as string;
        list[i] = list[j] as string;
        list[j] = a;
        break;
      }
      case "reverse":
        list = [...list.slice(0, i), ...list.slice(i, i + n).reverse(), ...list.slice(i + n)];
        break;
    }
  }
  return list;
}

/** Byte sequences that are not valid UTF-8, and other hostile bytes. */
export const BAD_BYTES: readonly (readonly number[])[] = [
  [0x00],
  [0x00, 0x00, 0x00, 0x00],
  [0x80], // lone continuation byte
  [0xbf, 0xbf],
  [0xc0, 0x80], // overlong NUL
  [0xc3], // cut two-byte sequence
  [0xe2, 0x82], // cut three-byte sequence
  [0xed, 0xa0, 0x80], // an encoded surrogate
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0xfe],
  [0xff],
  [0xff, 0xfe], // a UTF-16 LE BOM in the middle
  [0xef, 0xbb, 0xbf], // a UTF-8 BOM in the middle
  [0x1a], // DOS end-of-file
  [0x0c], // form feed
  [0x1b, 0x5b, 0x32, 0x4a], // terminal escape
  [0x93, 0x94, 0x96, 0x97], // windows-1252 quotes and dashes
  [0xe2, 0x98, 0x92], // ☒
  [0xe2, 0x80, 0xa8], // line separator
  [0x0d],
  [0x3c], // "<"
  [0x26], // "&"
];

/** How a seed is damaged. */
export type Damage =
  | { kind: "flip"; flips: [number, number][] }
  | { kind: "truncate"; cut: number; keepHead: boolean }
  | { kind: "lines"; edits: PieceEdit[] }
  | { kind: "parts"; edits: PieceEdit[] }
  | { kind: "shuffle-lines"; keys: number[] }
  | { kind: "shuffle-parts"; keys: number[] }
  | { kind: "insert"; inserts: [number, number, number][] }
  | { kind: "nul"; every: number }
  | { kind: "utf16"; littleEndian: boolean; bom: boolean; dropLastByte: boolean }
  | { kind: "line-ends"; style: "cr" | "crlf" | "lfcr" | "mixed"; choices: number[] }
  | { kind: "splice-seed"; other: number; from: number; to: number; into: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), flips: fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant("truncate" as const), cut: fraction, keepHead: fc.boolean() }),
  fc.record({ kind: fc.constant("lines" as const), edits: fc.array(pieceEdit, { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant("parts" as const), edits: fc.array(pieceEdit, { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("shuffle-lines" as const), keys: fc.array(fraction, { minLength: 2, maxLength: 400, size: "max" }) }),
  fc.record({ kind: fc.constant("shuffle-parts" as const), keys: fc.array(fraction, { minLength: 2, maxLength: 60 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    inserts: fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: BAD_BYTES.length - 1 }), fc.integer({ min: 1, max: 64 })), { minLength: 1, maxLength: 24 }),
  }),
  fc.record({ kind: fc.constant("nul" as const), every: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("utf16" as const), littleEndian: fc.boolean(), bom: fc.boolean(), dropLastByte: fc.boolean() }),
  fc.record({
    kind: fc.constant("line-ends" as const),
    style: fc.constantFrom("cr" as const, "crlf" as const, "lfcr" as const, "mixed" as const),
    choices: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 64 }),
  }),
  fc.record({ kind: fc.constant("splice-seed" as const), other: fc.nat(), from: fraction, to: fraction, into: fraction }),
);

/** Damages one seed's bytes. */
export function applyDamage(bytes: Uint8Array, d: Damage, seeds: readonly Seed[]): Uint8Array {
  switch (d.kind) {
    case "flip": {
      const out = new Uint8Array(bytes);
      for (const [f, b] of d.flips) if (out.length > 0) out[Math.min(out.length - 1, at(f, out.length))] = b;
      return out;
    }
    case "truncate": {
      const cut = at(d.cut, bytes.length);
      return d.keepHead ? bytes.slice(0, cut) : bytes.slice(cut);
    }
    case "lines":
      return bytesOf(editPieces(splitKeeping(latin1(bytes), LINE_ENDS), d.edits).join(""));
    case "parts":
      return bytesOf(editPieces(splitParts(latin1(bytes)), d.edits).join(""));
    case "shuffle-lines":
    case "shuffle-parts": {
      const pieces = d.kind === "shuffle-lines" ? splitKeeping(latin1(bytes), LINE_ENDS) : splitParts(latin1(bytes));
      const order = pieces.map((p, i) => ({ p, k: d.keys[i % d.keys.length] as number, i }));
      order.sort((a, b) => a.k - b.k || a.i - b.i);
      return bytesOf(order.map((o) => o.p).join(""));
    }
    case "insert": {
      const points = d.inserts.map(([f, which, times]) => ({ pos: at(f, bytes.length), bad: BAD_BYTES[which] as readonly number[], times }));
      points.sort((a, b) => a.pos - b.pos);
      const parts: number[] = [];
      let last = 0;
      for (const p of points) {
        for (let i = last; i < p.pos; i++) parts.push(bytes[i] as number);
        for (let t = 0; t < p.times; t++) parts.push(...p.bad);
        last = p.pos;
      }
      for (let i = last; i < bytes.length; i++) parts.push(bytes[i] as number);
      return new Uint8Array(parts);
    }
    case "nul": {
      const out: number[] = [];
      bytes.forEach((b, i) => {
        out.push(b);
        if (i % d.every === 0) out.push(0);
      });
      return new Uint8Array(out);
    }
    case "utf16": {
      const text = Buffer.from(bytes).toString("utf8");
      const le = Buffer.from(text, "utf16le");
      const body = d.littleEndian ? le : le.swap16();
      const bom = d.bom ? (d.littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
      const all = new Uint8Array([...bom, ...body]);
      return d.dropLastByte ? all.slice(0, Math.max(0, all.length - 1)) : all;
    }
    case "line-ends": {
      const lines = latin1(bytes).split(/\r\n|\r|\n/);
      const ends = ["\n", "\r\n", "\r", "\n\r"];
      const fixed = d.style === "cr" ? "\r" : d.style === "crlf" ? "\r\n" : d.style === "lfcr" ? "\n\r" : null;
      return bytesOf(lines.map((l, i) => l + (i === lines.length - 1 ? "" : (fixed ?? ends[d.choices[i % d.choices.length] as number]))).join(""));
    }
    case "splice-seed": {
      const other = (seeds[d.other % seeds.length] as Seed).bytes;
      const a = at(Math.min(d.from, d.to), other.length);
      const b = at(Math.max(d.from, d.to), other.length);
      const into = at(d.into, bytes.length);
      return new Uint8Array([...bytes.subarray(0, into), ...other.subarray(a, b), ...bytes.subarray(into)]);
    }
  }
}

/** A real seed damaged one to three times over. */
export function damagedSeed(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  return fc.record({ seed: fc.nat(), damages: fc.array(damage, { minLength: 1, maxLength: 3 }) }).map(({ seed, damages }) => {
    const s = seeds[seed % seeds.length] as Seed;
    let bytes: Uint8Array = s.bytes;
    for (const d of damages) bytes = applyDamage(bytes, d, seeds);
    return { label: `${s.name} ${JSON.stringify(damages)}`, input: bytes };
  });
}

/** Inputs that are not damaged filings: empty, blank, byte order marks alone, random bytes and text. */
export function oddInputs(): fc.Arbitrary<FuzzInput> {
  const blank = fc.constantFrom("", " ", "\n", "\r", "\r\n\r\n", "\t\f\v", "\u00a0", "\ufeff", "\0", "\0\0\0\0").map((s) => ({ label: `blank ${JSON.stringify(s)}`, input: s }));
  const boms = fc
    .constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0x00], [0xfe, 0xff, 0x00, 0x0a], [0xff, 0xfe, 0x0a, 0x00])
    .map((b) => ({ label: `bom ${b.join(",")}`, input: new Uint8Array(b) }));
  const binary = fc.uint8Array({ maxLength: 20_000, size: "max" }).map((b) => ({ label: `binary ${b.length} bytes`, input: b }));
  const units = fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 4000, size: "max" })
    .map((cs) => ({ label: `${cs.length} UTF-16 code units (lone surrogates allowed)`, input: String.fromCharCode(...cs) }));
  const unicode = fc.string({ unit: "binary", maxLength: 2000, size: "max" }).map((s) => ({ label: `unicode ${JSON.stringify(s.slice(0, 40))}…`, input: s }));
  return fc.oneof(blank, boms, binary, units, unicode);
}

/** Envelope heads that make the parser take whatever follows as a notice body. */
export const NOTICE_HEADS: readonly string[] = [
  "<DOCUMENT>\n<TYPE>NT 10-K\n<TEXT>\n",
  "<DOCUMENT>\n<TYPE>NT 10-Q\n<TEXT>\n<HTML><BODY>",
  "<SEC-DOCUMENT>x.txt : 20010402\n<SEC-HEADER>x.hdr.sgml : 20010402\nCONFORMED SUBMISSION TYPE:\tNT 10-K\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>NT 10-K\n<TEXT>\n",
  "<SUBMISSION>\n<TYPE>NT 20-F\n<DOCUMENT>\n<TYPE>NT 20-F\n<TEXT>\n",
  "FORM 12b-25 NOTIFICATION OF LATE FILING (Check One):\n",
];

/** Words, captions, marks and tags of the form, for random notices. */
const FORM_FRAGMENTS: readonly string[] = [
  "PART I", "PART II", "PART III", "PART IV", "REGISTRANT INFORMATION", "NARRATIVE", "OTHER INFORMATION",
  "Full Name of Registrant", "Former Name if Applicable", "Address of Principal Executive Office (Street and Number)",
  "City, State and Zip Code", "(Check One):", "Form 10-K", "Form 20-F", "Form 11-K", "Form 10-Q", "Form N-SAR",
  "Transition Report on Form 10-K", "For Period Ended:", "For the Transition Period Ended:", "December 31, 1997",
  "12/31/97", "State below in reasonable detail", "(Attach extra sheets if needed)", "(1)", "(2)", "(3)",
  "Name and telephone number of person to contact in regard to this notification", "(212) 555-0100",
  "Have all other periodic reports", "identify report(s).", "Is it anticipated that any significant change",
  "portion thereof?", "If so, attach an explanation", "cannot be made.", "YES", "NO", "Yes", "No", "[X]", "[ ]",
  "x", "X", "__", "_X_", "☒", "☐", "⍰", "(X)", "|X|", "/s/", "By:", "Name:", "Title:", "Date:",
  "Name of Registrant as Specified in Charter", "has caused this notification to be signed", "SIGNATURE",
  "INSTRUCTIONS", "To Whom It May Concern:", "Very truly yours,", "LLP", "independent registered public accounting firm",
  "Rule 12b-25(c)", "net loss of $1,234,567", "increase of 25%", "restatement", "material weakness", "is not expected",
  "<TABLE>", "<TR>", "<TD>", "</TD>", "</TR>", "</TABLE>", "<P>", "</P>", "<BR>", "<PAGE>", "&#9746;", "&nbsp;",
  "<FONT FACE=Wingdings>", "x", "o", "</FONT>", "<DOCUMENT>", "<TYPE>EX-99", "<TEXT>", "</TEXT>", "</DOCUMENT>",
  "\n", "\n", "\n", "\r", "\t", " ", "   ", ".", ",", ":", "-", "(", ")",
];

/** A random notice: an envelope head and a soup of the form's fragments. */
export function fragmentSoup(): fc.Arbitrary<FuzzInput> {
  return fc
    .tuple(fc.constantFrom(...NOTICE_HEADS), fc.array(fc.constantFrom(...FORM_FRAGMENTS), { maxLength: 400, size: "max" }))
    .map(([head, parts]) => ({ label: `soup ${JSON.stringify(head)} + ${parts.length} fragments`, input: head + parts.join(" ") }));
}

/** A notice head followed by random bytes: the parser must take junk for a body. */
export function junkBody(): fc.Arbitrary<FuzzInput> {
  return fc
    .tuple(fc.constantFrom(...NOTICE_HEADS), fc.uint8Array({ maxLength: 20_000, size: "max" }))
    .map(([head, junk]) => ({ label: `${JSON.stringify(head)} + ${junk.length} random bytes`, input: new Uint8Array([...Buffer.from(head), ...junk]) }));
}

/** One piece of a seed (a line or a part) repeated `times` times in its place: a randomly found worst case. */
export interface Amplified {
  label: string;
  build(times: number): Uint8Array;
}

/** Picks a seed and one of its lines or parts, to be repeated many times where it stands. */
export function amplifiedPiece(seeds: readonly Seed[]): fc.Arbitrary<Amplified> {
  return fc.record({ seed: fc.nat(), byParts: fc.boolean(), which: fraction }).map(({ seed, byParts, which }) => {
    const s = seeds[seed % seeds.length] as Seed;
    const text = latin1(s.bytes);
    const pieces = byParts ? splitParts(text) : splitKeeping(text, LINE_ENDS);
    const i = Math.min(pieces.length - 1, at(which, pieces.length));
    const piece = pieces[i] ?? "";
    return {
      label: `${s.name} ${byParts ? "part" : "line"} ${i} ${JSON.stringify(piece.slice(0, 60))}`,
      build: (times: number) => bytesOf([...pieces.slice(0, i), piece.repeat(times), ...pieces.slice(i + 1)].join("")),
    };
  });
}
