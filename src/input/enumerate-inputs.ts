import { stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import type { Readable } from "node:stream";
import { inputKind } from "./input-kind.js";
import { readGzipFile } from "./read-gzip-file.js";
import { readPlainFile } from "./read-plain-file.js";
import { readNamedPipe, readStreamInput, streamChunks } from "./read-stream-input.js";
import { createSourceContext, errorReason, type SourceContext } from "./source-context.js";
import type { SourceItem, SourceOptions } from "./source-item.js";
import { specialKind, walkFolder, type DiskPath } from "./walk-folder.js";

/** The path that stands for standard input: one filing's bytes. */
export const STDIN_PATH = "-";

/** Where the inputs come from. */
export interface InputSpec {
  /** Paths as given: files, folders, archives, or `-` for one filing on `stdin`. */
  paths: readonly string[];
  /** Relative paths are resolved against this folder. */
  cwd: string;
  /** Read for `-`: the bytes of one filing. */
  stdin: Readable;
}

/**
 * Every input of a batch, in a fixed order: the paths in the order given
 * (`-` is one filing read from standard input), folders walked recursively
 * in name order, archives entry by entry. One item per input; the same
 * inputs always enumerate the same way, which `--resume` relies on.
 */
export async function* enumerateInputs(spec: InputSpec, options: SourceOptions): AsyncGenerator<SourceItem> {
  const ctx = createSourceContext(options);
  for (const given of spec.paths) {
    if (given === STDIN_PATH) yield await readStreamInput(streamChunks(spec.stdin), given, ctx);
    else yield* readPath(given, spec.cwd, ctx);
  }
}

/** One given path: a folder, an archive or a file. */
async function* readPath(given: string, cwd: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const file = isAbsolute(given) ? given : join(cwd, given);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const entry = await archiveEntryOf(given, cwd);
    if (entry) {
      yield await readArchiveEntry(entry, given, ctx);
      return;
    }
    yield ctx.claim()
      ? { kind: "done", path: given }
      : { kind: "failure", path: given, ruleId: "source-unreadable", reason: errorReason(error) };
    return;
  }
  if (info.isFIFO()) {
    // A named pipe (or `<(command)` as /dev/fd/N): one filing, read as it comes.
    yield await readNamedPipe(file, given, ctx);
    return;
  }
  if (!info.isDirectory() && !info.isFile()) {
    yield ctx.claim()
      ? { kind: "done", path: given }
      : { kind: "failure", path: given, ruleId: "source-not-file", reason: `${specialKind(info)}, not a file; not read` };
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

/** An `archive!entry` path split: the archive on disk, as given, and the entry's name. */
interface ArchiveEntryPath {
  file: string;
  shown: string;
  kind: "tar" | "tar.gz" | "zip";
}

/**
 * The archive of a path as records and error lists print it,
 * `feed.tar.gz!0001-24-000001.nc`: the longest part before a `!` that is an
 * existing tar, tar.gz or zip file. Null for any other path.
 */
async function archiveEntryOf(given: string, cwd: string): Promise<ArchiveEntryPath | null> {
  for (let at = given.lastIndexOf("!"); at > 0; at = given.lastIndexOf("!", at - 1)) {
    const shown = given.slice(0, at);
    const kind = inputKind(shown);
    if (kind !== "tar" && kind !== "tar.gz" && kind !== "zip") continue;
    const file = isAbsolute(shown) ? shown : join(cwd, shown);
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, shown, kind };
  }
  return null;
}

/**
 * One entry of an archive, named as `archive!entry`: the archive is read up
 * to that entry (the entries before it are passed over, not counted as
 * inputs). A failure when the archive holds no such entry.
 */
async function readArchiveEntry(archive: ArchiveEntryPath, given: string, ctx: SourceContext): Promise<SourceItem> {
  if (ctx.claim()) return { kind: "done", path: given };
  const inner = createSourceContext({ ...ctx.options, alreadyDone: 0 });
  const entries =
    archive.kind === "zip"
      ? (await loadZipReader())(archive.file, archive.shown, inner)
      : (await loadTarReader())(archive.file, archive.shown, archive.kind === "tar.gz", inner);
  for await (const item of entries) {
    if (item.path === given) return item;
  }
  const reason = `${archive.shown} holds no entry ${given.slice(archive.shown.length + 1)}`;
  return { kind: "failure", path: given, ruleId: "source-unreadable", reason };
}

/** The tar reader, loaded with the first tar (tar-stream is not loaded for plain files). */
async function loadTarReader(): Promise<typeof import("./read-tar.js").readTar> {
  return (await import("./read-tar.js")).readTar;
}

/** The zip reader, loaded with the first zip (yauzl is not loaded for plain files). */
async function loadZipReader(): Promise<typeof import("./read-zip.js").readZip> {
  return (await import("./read-zip.js")).readZip;
}

/** One file, read by the kind its name tells. */
async function* readFile(file: DiskPath, shown: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const kind = inputKind(shown);
  if (kind !== "plain") ctx.options.onSource?.(shown);
  switch (kind) {
    case "tar.gz":
      yield* (await loadTarReader())(file, shown, true, ctx);
      return;
    case "tar":
      yield* (await loadTarReader())(file, shown, false, ctx);
      return;
    case "zip":
      yield* (await loadZipReader())(file, shown, ctx);
      return;
    case "gz":
      yield await readGzipFile(file, shown, ctx);
      return;
    case "plain":
      yield await readPlainFile(file, shown, ctx);
  }
}
