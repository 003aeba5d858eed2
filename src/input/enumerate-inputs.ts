import { stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { inputKind } from "./input-kind.js";
import { readGzipFile } from "./read-gzip-file.js";
import { readPlainFile } from "./read-plain-file.js";
import { readTar } from "./read-tar.js";
import { readZip } from "./read-zip.js";
import { createSourceContext, errorReason, type SourceContext } from "./source-context.js";
import type { SourceItem, SourceOptions } from "./source-item.js";
import { walkFolder, type DiskPath } from "./walk-folder.js";

/** Where the inputs come from. */
export interface InputSpec {
  /** Paths as given: files, folders, archives, or `-` for a list of paths on `stdin`. */
  paths: readonly string[];
  /** Relative paths are resolved against this folder. */
  cwd: string;
  /** Read for `-`: one path a line. */
  stdin: Readable;
}

/**
 * Every input of a batch, in a fixed order: the paths in the order given
 * (`-` replaced by the paths listed on standard input), folders walked
 * recursively in name order, archives entry by entry. One item per input;
 * the same inputs always enumerate the same way, which `--resume` relies on.
 */
export async function* enumerateInputs(spec: InputSpec, options: SourceOptions): AsyncGenerator<SourceItem> {
  const ctx = createSourceContext(options);
  for (const given of spec.paths) {
    if (given === "-") {
      for await (const listed of readPathList(spec.stdin)) yield* readPath(listed, spec.cwd, ctx);
    } else {
      yield* readPath(given, spec.cwd, ctx);
    }
  }
}

/** The non-empty lines of a path list. */
async function* readPathList(stdin: Readable): AsyncGenerator<string> {
  for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
    if (line.length > 0) yield line;
  }
}

/** One given path: a folder, an archive or a file. */
async function* readPath(given: string, cwd: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const file = isAbsolute(given) ? given : join(cwd, given);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    yield ctx.claim()
      ? { kind: "done", path: given }
      : { kind: "failure", path: given, ruleId: "source-unreadable", reason: errorReason(error) };
    return;
  }
  if (!info.isDirectory()) {
    yield* readFile(file, given, ctx);
    return;
  }
  ctx.options.onSource?.(given);
  for await (const step of walkFolder(file, given)) {
    if (step.kind === "file") yield* readFile(step.file, step.shown, ctx);
    else if (ctx.claim()) yield { kind: "done", path: step.shown };
    else yield { kind: step.kind, path: step.shown, ruleId: step.ruleId, reason: step.reason };
  }
}

/** One file, read by the kind its name tells. */
async function* readFile(file: DiskPath, shown: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const kind = inputKind(shown);
  if (kind !== "plain") ctx.options.onSource?.(shown);
  switch (kind) {
    case "tar.gz":
      yield* readTar(file, shown, true, ctx);
      return;
    case "tar":
      yield* readTar(file, shown, false, ctx);
      return;
    case "zip":
      yield* readZip(file, shown, ctx);
      return;
    case "gz":
      yield await readGzipFile(file, shown, ctx);
      return;
    case "plain":
      yield await readPlainFile(file, shown, ctx);
  }
}
