import { Command } from "commander";
import type { CliIo } from "./cli-io.js";

/** `edgar-nt inspect FILE`: one filing's record grouped by part, with evidence and warnings. */
export function createInspectCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("inspect")
    .description("show what was extracted from one filing, from where, and what was doubtful")
    .argument("<file>", "one filing")
    .option("--json", "print the record as JSON instead")
    .action(() => {
      io.stderr.write("inspect: not implemented yet\n");
      setCode(1);
    });
}
