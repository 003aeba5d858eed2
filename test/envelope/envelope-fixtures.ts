import { LineIndex } from "../../src/core/line-index.js";
import { inputOffset } from "../../src/core/input-offset.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeBytes } from "../../src/input/decode-bytes.js";

/** The folder of the envelope fixtures. */
export const FIXTURES = fileURLToPath(new URL("../../fixtures/envelope/", import.meta.url));

/** Reads and decodes one envelope fixture (path relative to fixtures/envelope/). */
export function loadFixture(name: string): { text: string; encoding: string; bytes: Uint8Array } {
  const bytes = new Uint8Array(readFileSync(FIXTURES + name));
  const { text, encoding } = decodeBytes(bytes);
  return { text, encoding, bytes };
}

/** The offset in `text` of a message's line and column (what a warning points at). */
export function offsetOf(text: string, m: { line: number | null; column: number | null }): number {
  if (m.line === null || m.column === null) return -1;
  return new LineIndex(text, inputOffset).offsetAt(m.line, m.column) ?? m.column - 1;
}
