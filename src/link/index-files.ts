import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Name endings of index data in a folder: `.idx` (daily or full), compressed, zipped, submissions JSON. */
const INDEX_ENDINGS = [".idx", ".idx.gz", ".gz", ".zip", ".json"];

/** Whether a file in a folder is index data (hidden files and anything else are passed over). */
function isIndexFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith(".") && INDEX_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * The files of `--index`: a file as given (whatever its name), a folder
 * as its index data (`.idx`, `.gz`, `.zip`, `.json`), searched
 * recursively, in name order (`fetch`'s `index/` folder as it is).
 */
export async function indexFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

/** The index files under a folder, in name order, folders walked where they sort. */
async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && isIndexFile(entry.name)) out.push(path);
  }
  return out;
}
