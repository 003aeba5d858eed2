// Writes the help pages of a build (see src/cli/prepared-help.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Widths written: a terminal wider than this gets its help from commander. */
export const HELP_WIDTHS = 400;

/**
 * The help `cli()` of DIST prints for `args` on a terminal `width` columns
 * wide (null: standard output is no terminal), as commander writes it.
 */
export async function helpText(dist, args, width) {
  const { cli } = await import(pathToFileURL(join(dist, "cli", "cli.js")).href);
  // commander reads the width from the process's standard output.
  const saved = Object.getOwnPropertyDescriptors(process.stdout);
  Object.defineProperty(process.stdout, "isTTY", { value: width !== null, configurable: true });
  Object.defineProperty(process.stdout, "columns", { value: width ?? undefined, configurable: true });
  let out = "";
  let err = "";
  try {
    const io = {
      stdout: { write: (s) => ((out += s), true), isTTY: width !== null, columns: width ?? undefined },
      stderr: { write: (s) => ((err += s), true) },
      stdin: process.stdin,
      cwd: process.cwd(),
      env: {},
    };
    const code = await cli(args, io);
    if (code !== 0 || err !== "") throw new Error(`help-texts: edgar-nt ${args.join(" ")} exited ${code}: ${err}`);
  } finally {
    for (const key of ["isTTY", "columns"]) {
      if (saved[key]) Object.defineProperty(process.stdout, key, saved[key]);
      else delete process.stdout[key];
    }
  }
  return out;
}

/**
 * Writes DIST/cli/help/NAME.json for the program (`edgar-nt`) and each of
 * its commands: the help `cli()` prints at every terminal width from 1 to
 * {@link HELP_WIDTHS} columns, each distinct text once. Returns the folder
 * and the number of pages.
 */
export async function writeHelpTexts(dist) {
  const folder = join(dist, "cli", "help");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const top = await helpText(dist, ["--help"], null);
  const names = commandNames(top);
  for (const name of ["edgar-nt", ...names]) {
    const args = name === "edgar-nt" ? ["--help"] : [name, "--help"];
    const texts = [];
    const widths = [];
    for (let width = 1; width <= HELP_WIDTHS; width++) {
      const text = await helpText(dist, args, width);
      let index = texts.indexOf(text);
      if (index === -1) index = texts.push(text) - 1;
      widths.push(index);
    }
    if ((await helpText(dist, args, null)) !== texts[widths[79]]) throw new Error(`help-texts: ${name}: the help off a terminal is not the 80-column one`);
    writeFileSync(join(folder, `${name}.json`), `${JSON.stringify({ widths, texts })}\n`);
  }
  return { folder, pages: names.length + 1 };
}

/** The commands the program's help lists (but `help`, commander's own). */
function commandNames(help) {
  const section = help.split("\nCommands:\n")[1] ?? "";
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((name) => name !== "help");
}
