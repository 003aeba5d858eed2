import type { RuleId } from "../core/rules/index.js";
import type { Skip } from "../core/message.js";
import type { DiskPath } from "./walk-folder.js";
/**
 * What the sources yield, one item per input file or archive entry, in input
 * order. Bodies of inputs already known to be skipped are never loaded.
 */

/** An input whose bytes are loaded and go to the parser. */
export interface FilingItem {
  kind: "filing";
  /** The input as shown in records: `dir/file.txt`, `archive.tar.gz!entry/name.nc`. */
  path: string;
  /** The raw bytes, in a buffer of their own (safe to transfer to a worker). */
  bytes: Uint8Array;
}

/**
 * A plain file left unread (with `deferPlainFiles`): whoever parses it reads
 * it (`loadPlainFile`), with the same size limit and screen.
 */
export interface UnreadItem {
  kind: "unread";
  path: string;
  /** The file on disk. */
  file: DiskPath;
}

/** An input that yields no record, for a stated reason (not an error). */
export interface SkipItem {
  kind: "skip";
  path: string;
  ruleId: RuleId;
  reason: string;
}

/** An input that could not be processed: unreadable, damaged, a symlink loop. */
export interface FailureItem {
  kind: "failure";
  path: string;
  ruleId: RuleId;
  reason: string;
}

/** An input already done by an earlier run (`--resume`): enumerated, not read. */
export interface DoneItem {
  kind: "done";
  path: string;
}

/** One input, as the sources yield it. */
export type SourceItem = FilingItem | UnreadItem | SkipItem | FailureItem | DoneItem;

/** How the sources read inputs. */
export interface SourceOptions {
  /** Inputs larger than this many bytes are skipped unread. */
  maxBytes: number;
  /**
   * Decides from an input's first bytes (decoded as Latin-1, cut at a line
   * end) whether it is worth parsing: null to parse, or the skip.
   */
  screen(head: string): Skip | null;
  /** How many leading inputs an earlier run completed (yielded as `done`, unread). */
  alreadyDone: number;
  /**
   * Plain files (not archives, `.gz` files, pipes or standard input) are
   * yielded unread, as `unread` items, for the parse workers to read in
   * parallel; their bytes are not counted by `onBytes`.
   */
  deferPlainFiles?: boolean;
  /** Called when reading moves to another top-level input or archive. */
  onSource?(path: string): void;
  /** Called with the count of input bytes read from disk since the last call. */
  onBytes?(count: number): void;
}
