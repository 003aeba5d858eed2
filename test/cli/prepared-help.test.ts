import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import type { CliOutput } from "../../src/cli/cli-io.js";
import { preparedHelp } from "../../src/cli/prepared-help.js";

/**
 * The help the entry point prints without loading the command line
 * (src/cli/prepared-help.ts, pages written by scripts/build/help-texts.mjs)
 * is the text `cli()` prints through commander, wrapped as commander wraps
 * it: to the terminal's width, or to 80 columns off a terminal.
 */
const BUILD = process.env["EDGAR_NT_BUILD"] as string;
const PAGES = pathToFileURL(join(BUILD, "dist", "cli", "help") + "/");
const BIN = join(BUILD, "bin", "edgar-nt.js");

/** What `cli(args)` prints on a terminal `width` columns wide (null: no terminal). */
async function commanderHelp(args: string[], width: number | null): Promise<string> {
  // commander reads the width from the process's standard output.
  const saved = Object.getOwnPropertyDescriptors(process.stdout);
  Object.defineProperty(process.stdout, "isTTY", { value: width !== null, configurable: true });
  Object.defineProperty(process.stdout, "columns", { value: width ?? undefined, configurable: true });
  let out = "";
  try {
    const code = await cli(args, {
      stdout: { write: (s: string) => (out += s), isTTY: width !== null, columns: width ?? undefined },
      stderr: { write: () => true },
      stdin: process.stdin,
      cwd: process.cwd(),
      env: {},
    });
    expect(code).toBe(0);
  } finally {
    for (const key of ["isTTY", "columns"] as const) {
      const descriptor = saved[key];
      if (descriptor) Object.defineProperty(process.stdout, key, descriptor);
      else delete (process.stdout as { isTTY?: boolean; columns?: number })[key];
    }
  }
  return out;
}

const stdout = (width: number | null): CliOutput => ({ write: () => true, isTTY: width !== null, ...(width === null ? {} : { columns: width }) });

describe("prepared help", () => {
  it("the build's pages are what commander prints, at any width", async () => {
    for (const args of [["--help"], ["-h"], ["extract", "--help"], ["inspect", "-h"], ["classify", "--help"], ["fetch", "--help"], ["link", "--help"]]) {
      for (const width of [null, 1, 39, 40, 57, 80, 81, 100, 132, 200, 400]) {
        expect(preparedHelp(args, stdout(width), PAGES), `${args.join(" ")} at ${width}`).toBe(await commanderHelp(args, width));
      }
    }
  });

  it("anything else is left to commander", () => {
    for (const args of [[], ["help"], ["extract"], ["--help", "--help"], ["nosuch", "--help"], ["../help/edgar-nt", "--help"], ["extract", "--json", "--help"], ["-V"]]) {
      expect(preparedHelp(args, stdout(null), PAGES), args.join(" ")).toBeNull();
    }
    expect(preparedHelp(["--help"], stdout(401), PAGES)).toBeNull();
    expect(preparedHelp(["--help"], stdout(null), pathToFileURL(join(BUILD, "no-such-folder") + "/"))).toBeNull();
  });

  it("the entry point prints it for --help and COMMAND --help, as cli() does", async () => {
    for (const args of [["--help"], ["inspect", "--help"], ["link", "-h"]]) {
      const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(await commanderHelp(args, null));
    }
  });
});
