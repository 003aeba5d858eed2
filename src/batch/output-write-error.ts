/**
 * A write to one of a batch's outputs failed: the disk is full (ENOSPC), the
 * device failed (EIO), the reader of standard output went away (EPIPE). The
 * batch stops reading, keeps its progress file as the last checkpoint left it
 * and ends with its own exit status (a closed pipe ends quietly).
 */
export class OutputWriteError extends Error {
  override name = "OutputWriteError";
  constructor(
    /** The file as the user named it, or `standard output`. */
    readonly target: string,
    /** The error of the write. */
    readonly error: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${target}: ${describeWriteError(error)}`);
  }

  /** The reader of standard output went away (`… | head`). */
  get closedPipe(): boolean {
    return this.error.code === "EPIPE" || this.error.code === "ERR_STREAM_DESTROYED";
  }
}

/** Runs a write, giving any failure as an {@link OutputWriteError} on `target`. */
export async function writingTo<T>(target: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof OutputWriteError) throw error;
    throw new OutputWriteError(target, asErrno(error));
  }
}

/** Plain words for the usual write errors, with their code (`no space left on device (ENOSPC)`). */
export function describeWriteError(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: "no space left on device",
    EDQUOT: "disk quota exceeded",
    EIO: "input/output error",
    EPIPE: "the reader closed the pipe",
    EROFS: "read-only file system",
    EACCES: "permission denied",
    EFBIG: "file too large",
  };
  const code = error.code;
  return code && words[code] ? `${words[code]} (${code})` : error.message;
}

/** Any thrown value as an errno-style error. */
function asErrno(error: unknown): NodeJS.ErrnoException {
  return error instanceof Error ? error : new Error(String(error));
}
