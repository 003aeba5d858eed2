import { UsageError } from "../cli/cli-io.js";
import { open, readFile, rename, rm, type FileHandle } from "node:fs/promises";
import type { BatchStats } from "./batch-stats.js";
import { writingTo } from "./output-write-error.js";

/**
 * The progress file of `--resume`, beside the output (`OUT.progress`): JSON
 * Lines, a header naming the command it belongs to, then one checkpoint per
 * flush of the output. A checkpoint is appended only after the bytes it
 * counts were written, so at any kill the output holds at least what the last
 * whole checkpoint line says; a resumed run cuts the output back to that
 * length (dropping a record cut short) and goes on after its last input.
 */
export interface Checkpoint {
  /** Inputs completed, in enumeration order. */
  inputs: number;
  /** Bytes of the output file holding exactly those inputs' records. */
  out: number;
  /** Bytes of the errors file, or 0 without one. */
  errors: number;
  /** CIK and date of the notices written since the previous checkpoint (for `history`). */
  notices: Notice[];
  /** The counts so far. */
  stats: BatchStats;
  /** The footer is written too: nothing is left to do. */
  done: boolean;
}

/** A notice written, as `history` needs it: CIK and date (filed, else signed). */
export type Notice = [cik: string, date: string | null];

/** What an earlier run left: its last checkpoint and every notice it wrote. */
export interface ResumePoint {
  checkpoint: Checkpoint;
  notices: Notice[];
}

/** The progress file of an output file. */
export function journalPath(out: string): string {
  return `${out}.progress`;
}

/** The temporary file a progress file is written to before it is renamed into place. */
export function journalTemporaryPath(out: string): string {
  return `${journalPath(out)}.tmp`;
}

interface JournalHeader {
  journal: "edgar-nt extract";
  version: 1;
  key: string;
}

/**
 * Reads an earlier run's progress file: null when there is none. Throws when
 * it belongs to another command (`key` differs), since resuming it would mix
 * two jobs in one output.
 */
export async function readJournal(file: string, key: string): Promise<ResumePoint | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
    throw error;
  }
  // Only whole lines count: the last one may have been cut by the kill.
  const lines = text.split("\n").slice(0, -1);
  const header = parse<JournalHeader>(lines[0]);
  if (!header || header.journal !== "edgar-nt extract") throw new UsageError(`${file} is not a progress file of edgar-nt extract`);
  if (header.key !== key) {
    throw new UsageError(`${file} was written by an extract with other inputs or options; remove it or run the same command`);
  }
  let last: Checkpoint | null = null;
  const notices: Notice[] = [];
  for (const line of lines.slice(1)) {
    const checkpoint = parse<Checkpoint>(line);
    if (!checkpoint) break;
    // One by one: spreading a checkpoint of 100,000+ notices overflows the call stack.
    for (const notice of checkpoint.notices) notices.push(notice);
    last = checkpoint;
  }
  return last ? { checkpoint: last, notices } : null;
}

function parse<T>(line: string | undefined): T | null {
  if (line === undefined) return null;
  try {
    return JSON.parse(line) as T;
  } catch {
    return null;
  }
}

/** Appends checkpoints to a progress file. */
export interface JournalWriter {
  append(checkpoint: Checkpoint): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
  /** Closes and deletes the file (the job is complete). */
  remove(): Promise<void>;
}

/**
 * Starts a progress file: a header and, when resuming, one checkpoint that
 * sums up the earlier runs (every notice included). It is written beside the old
 * one and renamed over it, so a kill at this moment leaves either file whole;
 * the old file's last line, possibly cut short, is thereby dropped too.
 */
export async function openJournal(file: string, key: string, start: ResumePoint | null, label: string = file): Promise<JournalWriter> {
  const header: JournalHeader = { journal: "edgar-nt extract", version: 1, key };
  let text = JSON.stringify(header) + "\n";
  if (start) text += JSON.stringify({ ...start.checkpoint, notices: start.notices }) + "\n";
  const temporary = `${file}.tmp`;
  const handle: FileHandle = await writingTo(label, async () => {
    const fresh = await open(temporary, "w");
    try {
      await fresh.write(text);
      await fresh.sync();
    } finally {
      await fresh.close();
    }
    await rename(temporary, file);
    return open(file, "a");
  }).catch(async (error: unknown) => {
    await rm(temporary, { force: true });
    throw error;
  });
  return {
    append: (checkpoint) =>
      writingTo(label, async () => {
        await handle.write(JSON.stringify(checkpoint) + "\n");
      }),
    sync: () => writingTo(label, () => handle.sync()),
    close: () => handle.close(),
    remove: async () => {
      await handle.close();
      await rm(file, { force: true });
    },
  };
}
