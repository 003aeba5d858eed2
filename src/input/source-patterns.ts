
/*
 * Patterns of batch inputs: archive kinds told by file name, and the values
 * of `extract`'s options. All are anchored and linear.
 */
import { pattern } from "../core/pattern.js";

/** A gzip-compressed tar archive: `2024-01-11.nc.tar.gz`, `QTR1.tgz`. */
export const TAR_GZ_NAME = pattern(String.raw`\. (?: tar \. gz | tgz ) $`, "i");

/** A plain tar archive: `feed.tar`. */
export const TAR_NAME = pattern(String.raw`\. tar $`, "i");

/** A zip archive: `filings.zip`. */
export const ZIP_NAME = pattern(String.raw`\. zip $`, "i");

/** A single gzip-compressed file (not a tar): `0001234567-24-000001.nc.gz`. */
export const GZIP_NAME = pattern(String.raw`\. gz $`, "i");

/** Slashes ending a folder path as typed (`filings/`), dropped before names are joined to it. */
export const TRAILING_SLASHES = pattern(String.raw`(?<= [^/] ) /+ $`);

/** A glob pattern's special characters: `*`, `?`, `[…]`, `{a,b}`. */
export const GLOB_MAGIC = pattern(String.raw`[*?[{]`);

/** A line end of a path list: LF, CRLF or a lone CR. */
export const LINE_BREAK = pattern(String.raw`\r\n | \r | \n`);
