import { blankMatches, matchAt } from "../core/scan.js";
/**
 * Lines up a text node as written in the HTML with its decoded text, so
 * every decoded character knows where it came from. Runs copied verbatim
 * stay one piece (inner offsets map one to one); each character reference
 * (`&amp;`, `&#9746;`, `&nbsp`) becomes its own piece that maps to its `&`.
 */
import { decodeText } from "./entity-decoding.js";
import { ENTITY_REFERENCE } from "./render-patterns.js";

/** A piece of decoded text and where it was written. */
export interface SourcePiece {
  /** Decoded text. */
  text: string;
  /** Offset in the HTML where the piece starts. */
  src: number;
  /** Length of what was written in the HTML. */
  rawLength: number;
  /** True when `text` is a verbatim copy of the source (offsets inside map one to one). */
  literal: boolean;
}

/**
 * Pieces of the text node whose decoded text is `data` and whose source is
 * `raw`, starting at offset `rawStart` of the HTML. If the two cannot be
 * lined up (a parser quirk), the rest maps to where alignment stopped.
 */
export function alignText(raw: string, data: string, rawStart: number): SourcePiece[] {
  if (raw === data) return [{ text: data, src: rawStart, rawLength: raw.length, literal: true }];
  const pieces: SourcePiece[] = [];
  let i = 0; // in raw
  let j = 0; // in data
  while (i < raw.length) {
    const amp = raw.indexOf("&", i);
    const end = amp < 0 ? raw.length : amp;
    if (end > i) {
      const run = raw.slice(i, end);
      if (!data.startsWith(run, j)) break;
      pieces.push({ text: run, src: rawStart + i, rawLength: run.length, literal: true });
      i = end;
      j += run.length;
      continue;
    }
    const m = matchAt(ENTITY_REFERENCE, raw, amp);
    if (m) {
      const text = decodeText(m[0]);
      if (text.length > 0 && data.startsWith(text, j)) {
        pieces.push({ text, src: rawStart + amp, rawLength: m[0].length, literal: text === m[0] });
        i = amp + m[0].length;
        j += text.length;
        continue;
      }
    }
    if (data.charCodeAt(j) !== 38) break;
    pieces.push({ text: "&", src: rawStart + amp, rawLength: 1, literal: true });
    i = amp + 1;
    j += 1;
  }
  if (j < data.length) {
    pieces.push({ text: data.slice(j), src: rawStart + Math.min(i, raw.length), rawLength: raw.length - i, literal: false });
  }
  return pieces;
}

/**
 * The pieces with every match of `re` in their decoded text blanked to
 * spaces of the same length (a match may run across pieces: `&lt;PAGE&gt;`
 * is three). A piece that changes is no longer a verbatim copy.
 */
export function blankPieces(pieces: SourcePiece[], re: RegExp): SourcePiece[] {
  const joined = pieces.map((p) => p.text).join("");
  const blanked = blankMatches(joined, re);
  if (blanked === joined) return pieces;
  let at = 0;
  return pieces.map((p) => {
    const text = blanked.slice(at, at + p.text.length);
    at += p.text.length;
    return text === p.text ? p : { ...p, text, literal: false };
  });
}
