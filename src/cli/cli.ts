import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { EXIT_FAILURES, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, UsageError, type CliIo } from "./cli-io.js";
import { OutputLockedError } from "../batch/output-lock.js";
import { outputStatus } from "./process-io.js";
import { createExtractCommand } from "./extract-command.js";
import { createInspectCommand } from "./inspect-command.js";
import { createClassifyCommand } from "./classify-command.js";
import { createFetchCommand } from "./fetch-command.js";
import { createLinkCommand } from "./link-command.js";

export type { CliIo } from "./cli-io.js";
export { processIo } from "./process-io.js";

/** A command's result: the process exit code. */
export type ExitCode = number;

/**
 * Runs the command line `argv` (without `node` and the script) against `io`
 * and resolves to the exit code. Never calls `process.exit`.
 */
export async function cli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT_OK;
  const setCode = (c: ExitCode): void => {
    code = c;
  };
  const program = new Command("edgar-nt")
    .description("Turn SEC Form 12b-25 late-filing notices into research-ready records.")
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError()
    .addCommand(createExtractCommand(io, setCode))
    .addCommand(createInspectCommand(io, setCode))
    .addCommand(createClassifyCommand(io, setCode))
    .addCommand(createFetchCommand(io, setCode))
    .addCommand(createLinkCommand(io, setCode));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  }
  if (argv.length === 0) {
    // No command: the usage goes to standard error (it is not data) and the status says so.
    io.stderr.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.help" || error.code === "commander.version") {
        return EXIT_OK;
      }
      return EXIT_USAGE;
    }
    io.stderr.write(`edgar-nt: ${error instanceof Error ? error.message : String(error)}\n`);
    // A request that could not be carried out is a usage error; an output
    // another run holds has a status of its own; anything else broke while
    // working (exit 1, as for failed inputs).
    return error instanceof UsageError ? EXIT_USAGE : error instanceof OutputLockedError ? EXIT_OUTPUT : EXIT_FAILURES;
  }
  // A write error is reported by an event a turn after the write: let it arrive.
  await new Promise((resolve) => setImmediate(resolve));
  return outputStatus(io, code);
}

/** The version in package.json (two folders up from this module, in src/ and in dist/ alike). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
