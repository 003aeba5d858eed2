import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A temporary-folder maker for one test file: every folder it makes is
 * removed after the file's tests (the robustness inputs run to megabytes).
 * Call it at the top level of a test file.
 */
export function tempFolders(prefix = "edgar-nt-robustness-"): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
