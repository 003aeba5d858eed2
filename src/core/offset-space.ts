/**
 * An offset of one coordinate space: a plain number at run time, a type of
 * its own at compile time, so that an offset of one text cannot be passed
 * where an offset of another is meant. Each space has one constructor
 * module (`input-offset.ts`, `body-offset.ts`, `derived-offset.ts`,
 * `long-text-offset.ts`), the only code that gives a number the type;
 * `offset-maps.ts` moves offsets between spaces and the line index
 * (`line-index.ts`) turns them into lines and columns.
 */
export type Offset<Space extends string> = number & { readonly space: Space };
