/**
 * Patterns of the writers: column names and cells.
 */
import { pattern } from "../core/pattern.js";

/**
 * A lower-case letter or digit followed by a capital: the hump of a
 * camelCase name ("contactPhone"), replaced by "$1_$2" for snake_case.
 * Global: used with `replace`.
 */
export const CAMEL_HUMP = pattern(String.raw`([a-z0-9])([A-Z])`, "g");

/** A text that begins or ends with white space (a CSV cell quoted so the space survives). */
export const EDGE_SPACE = pattern(String.raw`^ \s | \s $`);
