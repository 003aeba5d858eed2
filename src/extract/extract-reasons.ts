import type { VFile } from "vfile";
import type { FormRoot } from "../parse/form-tree.js";

/** unified plugin: reason categories and Part IV coding (filled in by the reason coder). */
export function extractReasons() {
  return (_tree: FormRoot, _file: VFile): void => {};
}
