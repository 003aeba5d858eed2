import { lstat, readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { Readable } from "node:stream";
import { globSync } from "tinyglobby";
import { UsageError } from "../cli/cli-io.js";
import { STDIN_PATH } from "./enumerate-inputs.js";
import { GLOB_MAGIC, LINE_BREAK, TRAILING_SLASHES } from "./source-patterns.js";

/** Where the paths of a run come from, besides the arguments. */
export interface GivenPathsOptions {
  /** Relative paths and patterns are taken from here. */
  cwd: string;
  /** Read when the list file is `-`. */
  stdin: Readable;
  /** A file listing paths one a line (`--paths-from`), `-` for standard input, or null. */
  pathsFrom: string | null;
}

/**
 * The inputs of a run, in order: the arguments, each glob pattern among them
 * expanded by the tool (for shells that do not, or a pattern quoted to keep
 * it from the shell), then the paths listed in the `--paths-from` file. An
 * argument that names an existing file is taken as it is, even when its name
 * holds `*` or `[`. Matches of a pattern come in name order; a pattern that
 * matches nothing stays as given, and is reported as a missing input. The
 * list is read whole before anything runs, so that every input is known
 * before an output is opened (an output that is also an input is refused).
 */
export async function resolveGivenPaths(args: readonly string[], options: GivenPathsOptions): Promise<string[]> {
  if (options.pathsFrom === STDIN_PATH && args.includes(STDIN_PATH)) {
    throw new UsageError("standard input cannot be both a filing (-) and the list of paths (--paths-from -)");
  }
  const paths: string[] = [];
  for (const arg of args) {
    for (const path of await expandArgument(arg, options.cwd)) paths.push(path);
  }
  if (options.pathsFrom !== null) {
    for (const path of await readPathList(options.pathsFrom, options)) paths.push(path);
  }
  return paths;
}

/** One argument: itself, or the files and folders its pattern matches. */
async function expandArgument(arg: string, cwd: string): Promise<string[]> {
  if (arg === STDIN_PATH || !GLOB_MAGIC.test(arg)) return [arg];
  const exists = await lstat(resolve(cwd, arg)).then(
    () => true,
    () => false,
  );
  if (exists) return [arg];
  const matches = globSync(arg, { cwd, onlyFiles: false, expandDirectories: false, absolute: isAbsolute(arg), dot: false })
    .map((m) => m.replace(TRAILING_SLASHES, ""))
    .sort(byBytes);
  return matches.length > 0 ? matches : [arg];
}

/** The non-empty lines of a path list (CRLF line ends allowed). */
async function readPathList(list: string, options: GivenPathsOptions): Promise<string[]> {
  let text: string;
  try {
    text = list === STDIN_PATH ? await readAll(options.stdin) : await readFile(resolve(options.cwd, list), "utf8");
  } catch (error) {
    throw new UsageError(`--paths-from ${list}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }
  return text.split(LINE_BREAK).filter((line) => line.length > 0);
}

/** A stream's whole text. */
async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Name order by UTF-16 code units, the same on every machine and locale. */
function byBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
