import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/input/decode-bytes.js";
import { loadFixture } from "./envelope-fixtures.js";
import { cpuMs } from "../helpers/fuzz-timing.js";

describe("decodeBytes", () => {
  it("reads valid UTF-8 and drops its BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toEqual({ text: "Aé", encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array([]))).toEqual({ text: "", encoding: "utf-8" });
  });

  it("falls back to windows-1252, mapping 0x80-0x9F to their code page characters", () => {
    const { text, encoding } = decodeBytes(new Uint8Array([0x93, 0x41, 0x94, 0x96, 0x97, 0x80, 0x85, 0xe9, 0x81]));
    expect(encoding).toBe("windows-1252");
    expect(text).toBe("\u201cA\u201d\u2013\u2014\u20ac\u2026\u00e9\u0081");
  });

  it("reads the windows-1252 fixture", () => {
    const { text, encoding } = loadFixture("bare-cp1252.txt");
    expect(encoding).toBe("windows-1252");
    expect(text).toContain("\u201cNOTIFICATION OF LATE FILING\u201d");
    expect(text).toContain("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale de Caf\u00e9 \u2013 Holdings");
  });

  it("reads UTF-16 with a BOM, both byte orders, without the BOM", () => {
    for (const [name, enc] of [
      ["bare-utf16le-bom.txt", "utf-16le"],
      ["bare-utf16be-bom.txt", "utf-16be"],
    ] as const) {
      const { text, encoding } = loadFixture(name);
      expect(encoding).toBe(enc);
      expect(text.startsWith("FORM 12b-25\n")).toBe(true);
      expect(text).toContain("\u00c5ngstr\u00f6m Optics AB");
    }
  });

  it("reads BOM-less UTF-16 of ASCII text by its NUL bytes", () => {
    const le = new Uint8Array(Buffer.from("NOTIFICATION OF LATE FILING\n", "utf16le"));
    expect(decodeBytes(le)).toEqual({ text: "NOTIFICATION OF LATE FILING\n", encoding: "utf-16le" });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(decodeBytes(be)).toEqual({ text: "NOTIFICATION OF LATE FILING\n", encoding: "utf-16be" });
  });

  it("never throws on arbitrary bytes and a lone UTF-16 byte", () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41])).encoding).toBe("utf-16le");
    expect(decodeBytes(new Uint8Array([0xff])).encoding).toBe("windows-1252");
    expect(decodeBytes(new Uint8Array([0xc3])).text).toBe("\u00c3");
  });

  it("decodes 8 MB of windows-1252 in well under a second", () => {
    const big = new Uint8Array(8_000_000).fill(0x93);
    const t = process.cpuUsage();
    const { text } = decodeBytes(big);
    expect(cpuMs(t)).toBeLessThan(2000);
    expect(text.length).toBe(8_000_000);
  });
});
