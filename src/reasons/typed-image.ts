import { Buffer } from "node:buffer";

/**
 * Typed arrays and a little JSON as one block of bytes, and back: how the
 * build keeps tables the reason coder would otherwise work out when it
 * first runs (`row-filter.ts`). Reading makes views over the bytes, so the
 * arrays are not copied.
 *
 * Layout: the header's length in bytes (4, little-endian), the header (UTF-8
 * JSON: `meta` and each array's name, type and length), then each array in
 * that order, each at an offset that is a multiple of 8.
 */

/** The arrays an image can hold. */
export type ImageArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** What an image holds: JSON data and named arrays. */
export interface TypedImage {
  meta: unknown;
  arrays: Record<string, ImageArray>;
}

type TypeName = "u8" | "u16" | "u32" | "i32";

const BYTES: Record<TypeName, number> = { u8: 1, u16: 2, u32: 4, i32: 4 };

/** A view of `count` elements of `type` at `offset` in `buffer`. */
function view(type: TypeName, buffer: ArrayBufferLike, offset: number, count: number): ImageArray {
  switch (type) {
    case "u8":
      return new Uint8Array(buffer, offset, count);
    case "u16":
      return new Uint16Array(buffer, offset, count);
    case "u32":
      return new Uint32Array(buffer, offset, count);
    case "i32":
      return new Int32Array(buffer, offset, count);
  }
}

function typeOf(a: ImageArray): TypeName {
  if (a instanceof Uint8Array) return "u8";
  if (a instanceof Uint16Array) return "u16";
  if (a instanceof Uint32Array) return "u32";
  return "i32";
}

const align = (n: number): number => (n + 7) & ~7;

/** The bytes of an image. */
export function encodeImage(image: TypedImage): Uint8Array {
  const entries = Object.entries(image.arrays);
  const header = Buffer.from(JSON.stringify({ meta: image.meta, arrays: entries.map(([name, a]) => [name, typeOf(a), a.length]) }));
  let size = align(4 + header.length);
  for (const [, a] of entries) size = align(size + a.byteLength);
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 4);
  let at = align(4 + header.length);
  for (const [, a] of entries) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = align(at + a.byteLength);
  }
  return bytes;
}

/** The image in `bytes` (its arrays are views over them, or over a copy when `bytes` is not aligned to 8). */
export function decodeImage(bytes: Uint8Array): TypedImage {
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const length = new DataView(own.buffer, own.byteOffset, own.byteLength).getUint32(0, true);
  const header = JSON.parse(Buffer.from(own.buffer, own.byteOffset + 4, length).toString("utf8")) as { meta: unknown; arrays: Array<[string, TypeName, number]> };
  const arrays: Record<string, ImageArray> = {};
  let at = align(4 + length);
  for (const [name, type, count] of header.arrays) {
    arrays[name] = view(type, own.buffer, own.byteOffset + at, count);
    at = align(at + count * BYTES[type]);
  }
  return { meta: header.meta, arrays };
}
