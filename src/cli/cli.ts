import { Command, CommanderError } from "commander";
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./cli-io.js";
import { createExtractCommand } from "./extract-command.js";
import { createInspectCommand } from "./inspect-command.js";
import { createClassifyCommand } from "./classify-command.js";

export type { CliIo } from "./cli-io.js";

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
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError()
    .addCommand(createExtractCommand(io, setCode))
    .addCommand(createInspectCommand(io, setCode))
    .addCommand(createClassifyCommand(io, setCode));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
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
    // A request that could not be carried out is a usage error; anything else
    // broke while working (exit 1, as for failed inputs).
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURES;
  }
  return code;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}
