import { dirname } from "node:path";
import { builtCli } from "./test-build.js";

/**
 * Before any test file: the one build of the current sources (reused until a
 * source changes). Worker threads started by in-process runs load the parser
 * from it (`workerFile` reads `EDGAR_NT_BUILD`), child processes run its CLI.
 */
export default function setup(): void {
  process.env["EDGAR_NT_BUILD"] = dirname(dirname(builtCli()));
}
