import type { SourceOptions } from "./source-item.js";

/**
 * What every reader shares during one enumeration: the options and the
 * running count of inputs, so that inputs an earlier run completed are told
 * apart (`--resume`) by their position alone.
 */
export interface SourceContext {
  readonly options: SourceOptions;
  /** Claims the next input position; true when an earlier run already completed it. */
  claim(): boolean;
}

/** A fresh context counting from the first input. */
export function createSourceContext(options: SourceOptions): SourceContext {
  let position = 0;
  return {
    options,
    claim: () => position++ < options.alreadyDone,
  };
}

/** The message of an error thrown by I/O or a decoder, for an errors file. */
export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The ruleId of an archive that could not be read through: `source-unreadable`
 * for a file-system error (it carries the failed `syscall`), else
 * `archive-corrupt` (bad gzip data, a truncated tar, a damaged zip).
 */
export function failureRule(error: unknown): "source-unreadable" | "archive-corrupt" {
  return error instanceof Error && "syscall" in error ? "source-unreadable" : "archive-corrupt";
}
