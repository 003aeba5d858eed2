#!/usr/bin/env node
// Thin entry point: all behaviour lives in the testable `cli(argv, io)`.
// What needs none of the command line's modules is answered here first:
// `--version` alone, from package.json, and the help of the program or of
// one command (`--help`, `extract -h`) from the pages the build prepared
// (dist/cli/help/, the text `cli` prints). Else the build's bundle of the
// command line runs (dist/bundle/, scripts/build-cli.mjs), or the modules
// tsc wrote when there is none (the same for the help's few modules).
import { existsSync, readFileSync } from "node:fs";

const argv = process.argv.slice(2);
const last = argv[argv.length - 1];
if (argv.length === 1 && (last === "--version" || last === "-V")) {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  // A reader that went away is no failure (as for every command's output).
  process.stdout.on("error", () => {});
  process.stdout.write(`${version}\n`);
} else {
  let code = null;
  let io = null;
  if (argv.length <= 2 && (last === "--help" || last === "-h")) {
    const helpBundle = new URL("../dist/bundle/prepared-help.js", import.meta.url);
    const { runPreparedHelp, processIo } = existsSync(helpBundle) ? await import(helpBundle.href) : await import("../dist/cli/prepared-help.js");
    io = processIo();
    code = await runPreparedHelp(argv, io);
  }
  if (code === null) {
    const bundle = new URL("../dist/bundle/cli.js", import.meta.url);
    const { cli, processIo } = existsSync(bundle) ? await import(bundle.href) : await import("../dist/cli/cli.js");
    code = await cli(argv, io ?? processIo());
  }
  process.exitCode = code;
}
