/** The encodings {@link decodeBytes} can report. */
export type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** What {@link decodeBytes} returns. */
export interface DecodedText {
  /** The decoded text, without a byte order mark. */
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncodingName;
}

/**
 * Windows-1252 code points of the bytes 0x80–0x9F (the rest of the code page
 * equals ISO-8859-1). The five bytes the code page leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as the
 * WHATWG encoding standard does.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** How many bytes from the start the BOM-less UTF-16 check samples. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * Decodes the bytes of an input file to text, in linear time, never throwing.
 *
 * - A UTF-16 byte order mark (FF FE / FE FF) selects UTF-16 LE / BE.
 * - Without a BOM, text whose first few KB put a NUL in every other byte
 *   (ASCII saved as UTF-16 by a Windows tool) is read as UTF-16 of that byte
 *   order; such bytes are also valid UTF-8, which would leave a NUL between
 *   every two letters.
 * - Otherwise bytes that are valid UTF-8 are read as UTF-8 (a leading BOM is
 *   dropped).
 * - Anything else is read as windows-1252, the code page of 1990s filings
 *   typed on Windows (curly quotes 0x93/0x94, dashes 0x96/0x97). Node's
 *   TextDecoder("windows-1252") returns ISO-8859-1 for 0x80–0x9F, so those
 *   bytes are mapped here.
 */
/** The one strict UTF-8 decoder: a whole decode (not streamed) starts from a fresh state, also after a throw. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return { text: decodeUtf16(bytes, unmarked), encoding: unmarked };
  try {
    // fatal: invalid sequences throw instead of becoming U+FFFD; the BOM is dropped by default.
    return { text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Decodes UTF-16 without a BOM; a trailing odd byte becomes U+FFFD. */
function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * The byte order of BOM-less UTF-16 when the sample at the start has a NUL
 * in (nearly) every high byte and (nearly) no NUL in the low bytes; null
 * otherwise. Needs at least 8 code units to decide.
 */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const units = n / 2;
  if (oddZero >= units * 0.9 && evenZero <= units * 0.02) return "utf-16le";
  if (evenZero >= units * 0.9 && oddZero <= units * 0.02) return "utf-16be";
  return null;
}

/**
 * Decodes windows-1252 byte by byte (see {@link CP1252_HIGH}): the code points
 * are written as UTF-16LE code units and decoded in one call, which is much
 * faster than building the string from character codes.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const cp = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    out[2 * i] = cp & 0xff;
    out[2 * i + 1] = cp >> 8;
  }
  return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(out);
}
