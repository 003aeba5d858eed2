/**
 * The command line of a benchmark or tool script: `flag("--quick")` is true
 * when the flag is given, `value("--rounds")` the word after an option (or
 * undefined).
 */
export function scriptArgs(argv = process.argv.slice(2)) {
  return {
    flag: (name) => argv.includes(name),
    value: (name) => {
      const i = argv.indexOf(name);
      return i >= 0 ? argv[i + 1] : undefined;
    },
  };
}
