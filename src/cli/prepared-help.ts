import { existsSync, readFileSync } from "node:fs";
import { EXIT_OK, type CliIo, type CliOutput } from "./cli-io.js";
import { outputStatus } from "./process-io.js";

export { processIo } from "./process-io.js";

/**
 * One help page of the build (`dist/cli/help/NAME.json`, NAME a command or
 * `edgar-nt` for the program; written by scripts/build/help-texts.mjs from
 * what `cli()` prints through commander): the index in `texts` of the page
 * at each terminal width from 1 column up.
 */
interface HelpPage {
  widths: number[];
  texts: string[];
}

/** The flags that ask for help, as commander reads them. */
const HELP_FLAGS = ["--help", "-h"];

/**
 * The help `cli(argv)` would print, from the build's pages, when `argv`
 * asks for the program's or one command's help (`--help`, `extract -h`):
 * commander wraps it to the terminal's width, or to 80 columns when
 * standard output is no terminal. Null when `argv` asks for something else
 * or the build has no such page (a build without pages, a name that is no
 * command, a terminal wider than the pages go): then `cli()` answers.
 */
export function preparedHelp(argv: readonly string[], stdout: CliOutput, folder = new URL("./help/", import.meta.url)): string | null {
  if (argv.length < 1 || argv.length > 2 || !HELP_FLAGS.includes(argv[argv.length - 1] as string)) return null;
  const name = argv.length === 2 ? (argv[0] as string) : "edgar-nt";
  if (!/^[a-z][a-z-]*$/.test(name)) return null;
  const file = new URL(`${name}.json`, folder);
  if (!existsSync(file)) return null;
  const { widths, texts } = JSON.parse(readFileSync(file, "utf8")) as HelpPage;
  const width = (stdout.isTTY === true ? stdout.columns : undefined) ?? 80;
  const index = widths[width - 1];
  return index === undefined ? null : (texts[index] ?? null);
}

/**
 * Prints the prepared help for `argv` (see {@link preparedHelp}) and
 * resolves to the exit status `cli()` would give, or to null, having
 * printed nothing, when `cli()` must answer: what the entry point runs
 * before it loads the command line.
 */
export async function runPreparedHelp(argv: readonly string[], io: CliIo): Promise<number | null> {
  const text = preparedHelp(argv, io.stdout);
  if (text === null) return null;
  io.stdout.write(text);
  await new Promise((resolve) => setImmediate(resolve));
  return outputStatus(io, EXIT_OK);
}
