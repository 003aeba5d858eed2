import { GZIP_NAME, TAR_GZ_NAME, TAR_NAME, ZIP_NAME } from "./source-patterns.js";

/** How a file is read, told by its name. */
export type InputKind = "tar.gz" | "tar" | "zip" | "gz" | "plain";

/** The kind of a file by its name: an archive, a single gzip file, or a plain filing. */
export function inputKind(name: string): InputKind {
  if (TAR_GZ_NAME.test(name)) return "tar.gz";
  if (TAR_NAME.test(name)) return "tar";
  if (ZIP_NAME.test(name)) return "zip";
  if (GZIP_NAME.test(name)) return "gz";
  return "plain";
}
