// Collects the patterns of a build or of the sources (see scripts/build-patterns.mjs).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Loads every module under `dir` (the built `.js` files, or the `.ts`
 * sources under a loader that runs them) and returns every pattern their
 * loading compiled: free-spacing source → native source.
 */
export async function collectPatternSources(dir, ext = ".js") {
  const { compiledPatterns } = await import(pathToFileURL(join(dir, "core", `pattern${ext}`)).href);
  for (const file of moduleFiles(dir, ext)) await import(pathToFileURL(file).href);
  return new Map([...compiledPatterns()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The module files under `dir`, in name order, tests and the table itself left out. */
function moduleFiles(dir, ext) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return moduleFiles(path, ext);
      if (!e.name.endsWith(ext) || e.name.endsWith(`.test${ext}`) || e.name.endsWith(".d.ts") || e.name === `pattern-table${ext}`) return [];
      return [path];
    });
}

