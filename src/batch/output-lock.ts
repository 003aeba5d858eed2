import { hostname } from "node:os";
import { open, readFile, rm } from "node:fs/promises";

/**
 * Another run is writing the same output: refused, since two runs writing
 * one file leave records of both interleaved and broken lines.
 */
export class OutputLockedError extends Error {
  override name = "OutputLockedError";
}

/** A held lock on an output file. */
export interface OutputLock {
  /** Gives the lock up (deletes the lock file); safe to call twice. */
  release(): Promise<void>;
}

/** What a lock file holds: who holds it. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

/** The lock file of an output file. */
export function lockPath(file: string): string {
  return `${file}.lock`;
}

/**
 * Takes the exclusive lock of an output file: `FILE.lock`, created only if
 * absent (`O_EXCL`), naming the process that holds it. A lock left by a
 * process of this machine that no longer runs (a killed run) is taken over;
 * a live one, or one from another machine (a shared disk), is refused with
 * an {@link OutputLockedError} that says how to clear it.
 */
export async function lockOutput(file: string, label: string = file): Promise<OutputLock> {
  const lock = lockPath(file);
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, "wx");
      try {
        await handle.write(JSON.stringify(owner) + "\n");
      } finally {
        await handle.close();
      }
      let held = true;
      return {
        release: async () => {
          if (!held) return;
          held = false;
          await rm(lock, { force: true });
        },
      };
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      const holder = await readOwner(lock);
      if (attempt === 0 && holder !== undefined && isStale(holder)) {
        await rm(lock, { force: true });
        continue;
      }
      const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.started}` : "a run that left no name";
      throw new OutputLockedError(
        `${label} is being written by another run (${who}); wait for it to end, or delete ${lockPath(label)} if no run is writing it`,
      );
    }
  }
}

/** The owner named in a lock file: undefined when the file is gone or unreadable, null when it names none. */
async function readOwner(lock: string): Promise<LockOwner | null | undefined> {
  let text: string;
  try {
    text = await readFile(lock, "utf8");
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.pid === "number" && typeof value.host === "string"
      ? { pid: value.pid, host: value.host, started: String(value.started ?? "an unknown time") }
      : null;
  } catch {
    return null;
  }
}

/**
 * A lock whose holder is gone: gone from the file (undefined: deleted
 * meanwhile), or a process of this machine that no longer exists.
 */
function isStale(holder: LockOwner | null | undefined): boolean {
  if (holder === undefined) return true;
  if (holder === null || holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "ESRCH";
  }
}
