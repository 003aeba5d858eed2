/**
 * Loads every module under `dir` (`.js` files of a build, or `.ts` sources
 * under a loader that runs them) and returns every pattern their loading
 * compiled: free-spacing source → native source, in source order.
 */
export function collectPatternSources(dir: string, ext?: string): Promise<Map<string, string>>;
