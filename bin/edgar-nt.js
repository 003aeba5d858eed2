#!/usr/bin/env node
// Thin entry point: all behaviour lives in the testable `cli(argv, io)`.
// `--version` alone is answered here, from package.json, without loading the
// command line's modules (the same line `cli` prints).
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// V8 first runs a regular expression in its bytecode interpreter and
// compiles it to machine code once it has run (tier-up). For this project's
// large case-insensitive patterns, making the bytecode costs more than the
// machine code (the reason phrases: ~97 ms against ~35 ms for the 53
// patterns one notice runs), and every pattern that runs twice is compiled
// both ways. Compiling straight to machine code only changes when the work
// is done, never a match; the flag is the process's (worker threads too).
setFlagsFromString("--no-regexp-tier-up");

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  // A reader that went away is no failure (as for every command's output).
  process.stdout.on("error", () => {});
  process.stdout.write(`${version}\n`);
} else {
  const { cli, processIo } = await import("../dist/cli/cli.js");
  process.exitCode = await cli(argv, processIo());
}
