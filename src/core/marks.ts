/**
 * Canonical checkbox marks. Front ends (HTML, plain text) turn every checkbox
 * encoding they recognise into one of these before the sectioner runs.
 */

/** A marked box. */
export const CHECKED = "\u2612"; // ☒
/** An empty box. */
export const UNCHECKED = "\u2610"; // ☐
/** A box whose state could not be decided (unknown glyph or font): reads as null. */
export const UNREADABLE = "\u2370"; // ⍰
