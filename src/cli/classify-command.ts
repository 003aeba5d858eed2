import { Command } from "commander";
import type { CliIo } from "./cli-io.js";

/** `edgar-nt classify --jsonl FILE`: reason codes for narratives a researcher already holds. */
export function createClassifyCommand(io: CliIo, setCode: (code: number) => void): Command {
  return new Command("classify")
    .description("code the reasons for lateness of narratives given as JSON Lines")
    .option("--jsonl", "input is JSON Lines of {id, narrative}")
    .argument("<file>", "JSON Lines file, or - for standard input")
    .action(() => {
      io.stderr.write("classify: not implemented yet\n");
      setCode(1);
    });
}
