#!/usr/bin/env node
// Thin entry point: all behaviour lives in the testable `cli(argv, io)`.
// `--version` alone is answered here, from package.json, without loading the
// command line's modules (the same line `cli` prints).
import { readFileSync } from "node:fs";

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
