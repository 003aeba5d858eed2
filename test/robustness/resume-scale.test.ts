/**
 * `--resume` at the scale of EDGAR's whole NT history (about 150,000
 * notices). A resumed run writes one checkpoint summing up every notice
 * written so far (for `history`); the next resume must read it back.
 *
 * The reader once appended a checkpoint's notices with `push(...list)`,
 * which throws "Maximum call stack size exceeded" for some 120,000 items or
 * more (src/batch/resume-journal.ts now appends them one by one).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BatchStats } from "../../src/batch/batch-stats.js";
import { openJournal, readJournal, type Notice } from "../../src/batch/resume-journal.js";
import { tempFolders } from "../helpers/fuzz-temp.js";

/** Temporary folders, removed after this file's tests. */
const tempDir = tempFolders();

describe("a progress file summing up 200,000 notices", () => {
  it("is read back by the next --resume", async () => {
    const file = join(tempDir(), "out.jsonl.progress");
    const notices: Notice[] = Array.from({ length: 200_000 }, (_, i) => [String(1_000_000 + i).padStart(10, "0"), "2024-01-11"]);
    const checkpoint = { inputs: 2_000_000, out: 1, errors: 0, notices: [], stats: {} as BatchStats, done: false };
    const journal = await openJournal(file, "key", { checkpoint, notices });
    await journal.close();
    const back = await readJournal(file, "key");
    expect(back?.notices).toHaveLength(200_000);
  }, 60_000);
});
