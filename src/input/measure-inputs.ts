import { statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { STDIN_PATH } from "./enumerate-inputs.js";
import { inputKind } from "./input-kind.js";
import { walkFolder } from "./walk-folder.js";

/** What a run will read, measured before it starts, for its progress line. */
export interface InputsSize {
  /** Bytes of all files on disk, archives as they are stored. */
  bytes: number;
  /** How many inputs the run will count, or null when an archive holds an unknown number. */
  inputs: number | null;
}

/** How long the measurement may take before it gives up (a folder of millions of files). */
const MEASURE_BUDGET_MS = 3000;

/**
 * The size of a run's inputs: every path given, folders walked as the run
 * walks them (names only, plus one `stat` a file for its size), so that the
 * progress line can show a total and an estimated time left. Null when a
 * size cannot be known beforehand (standard input, a named pipe, an
 * `archive!entry` path, a missing path) or the walk takes longer than a few
 * seconds.
 */
export async function measureInputs(paths: readonly string[], cwd: string, budgetMs = MEASURE_BUDGET_MS): Promise<InputsSize | null> {
  const deadline = Date.now() + budgetMs;
  let bytes = 0;
  let inputs: number | null = 0;
  const addFile = (name: string, size: number): void => {
    bytes += size;
    const kind = inputKind(name);
    if (kind === "tar" || kind === "tar.gz" || kind === "zip") inputs = null;
    else if (inputs !== null) inputs++;
  };
  for (const path of paths) {
    if (path === STDIN_PATH) return null;
    const file = isAbsolute(path) ? path : join(cwd, path);
    const info = await stat(file).catch(() => null);
    if (info === null || !(info.isFile() || info.isDirectory())) return null;
    if (info.isFile()) {
      addFile(path, info.size);
      continue;
    }
    for await (const step of walkFolder(file, path)) {
      if (Date.now() > deadline) return null;
      if (step.kind !== "file") {
        if (inputs !== null) inputs++;
        continue;
      }
      let size = 0;
      try {
        size = statSync(step.file).size;
      } catch {
        // Gone or unreadable: the run lists it; it adds nothing to read.
      }
      addFile(step.shown, size);
    }
  }
  return { bytes, inputs };
}
