import { realpath, stat } from "node:fs/promises";
import { basename, dirname, relative, isAbsolute, sep } from "node:path";
import { UsageError } from "../cli/cli-io.js";

/** A file a run writes: where it is, and how to name it in a message. */
export interface PlannedOutput {
  /** Absolute path. */
  file: string;
  /** As the user would recognise it: `notices.csv`, `notices.csv.progress`. */
  label: string;
  /** The option it comes from: `--out`, `--errors`, `--summary`. */
  option: string;
}

/** An input as given: its absolute path and how the user typed it. */
export interface GivenInput {
  file: string;
  label: string;
}

/**
 * Refuses (with a {@link UsageError}, exit status 2) a run whose outputs
 * would overwrite an input or be read back as one: an output, its progress,
 * temporary or lock file that is an input file (by path, through a link, or
 * as a hard link to it) or lies inside an input folder. Checked before any
 * file is opened for writing, so that an input is never touched.
 */
export async function checkOutputsApart(inputs: readonly GivenInput[], outputs: readonly PlannedOutput[]): Promise<void> {
  const places = await Promise.all(outputs.map(async (o) => ({ ...o, real: await realLocation(o.file), id: await identity(o.file) })));
  for (const input of inputs) {
    let info;
    let real: string;
    try {
      info = await stat(input.file);
      real = await realpath(input.file);
    } catch {
      continue; // a missing input is reported as such when it is read
    }
    for (const place of places) {
      const same = place.real === real || (place.id !== null && place.id === `${info.dev}:${info.ino}`);
      if (same) {
        throw new UsageError(`${place.option} ${place.label} is the input ${input.label}: inputs are never written; choose another output file`);
      }
      if (info.isDirectory() && inside(place.real, real)) {
        throw new UsageError(
          `${place.option} ${place.label} lies inside the input folder ${input.label}: it would be read back as an input; write it outside the folder`,
        );
      }
    }
  }
}

/**
 * Refuses an output whose folder does not exist or that is a folder itself,
 * before anything is written (the message names the file as given, not a
 * temporary file derived from it).
 */
export async function checkOutputWritable(output: PlannedOutput): Promise<void> {
  const folder = dirname(output.file);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo) throw new UsageError(`${output.option} ${output.label}: the folder ${dirname(output.label)} does not exist`);
  if (!folderInfo.isDirectory()) throw new UsageError(`${output.option} ${output.label}: ${dirname(output.label)} is not a folder`);
  const info = await stat(output.file).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(`${output.option} ${output.label} is a folder; name a file`);
}

/** Where a file is or would be: its folder's real path and its own name (a link is followed when the file exists). */
async function realLocation(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    try {
      return `${await realpath(dirname(file))}${sep}${basename(file)}`;
    } catch {
      return file;
    }
  }
}

/** The device and inode of an existing file (hard links share them), or null. */
async function identity(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : null;
}

/** Whether `file` lies below `folder`. */
function inside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
