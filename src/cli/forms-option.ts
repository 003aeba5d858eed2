import { NT_TYPE_NAMES, ntTypeKey, ntTypeName } from "../envelope/nt-types.js";
import { FORMS_SEPARATOR } from "./cli-patterns.js";

/** What `--forms` was given: the EDGAR names it selects, or why it is refused. */
export type FormsOption = { forms: string[] } | { problem: string };

/**
 * Reads the value of `--forms`: NT submission types, comma-separated, each
 * as EDGAR names it ({@link NT_TYPE_NAMES}, `/A` for an amendment), in any
 * case and with any blanks between words (`nt 10-q, NT 10-K/A`). Another
 * spelling of a known type (`nt10-q`, `NT 10Q`) is refused with the name to
 * write; an unknown name (`XYZ`, `10-K`) with the list of NT types, so a
 * typo never selects nothing silently.
 */
export function parseFormsOption(value: string): FormsOption {
  const given = value.trim().split(FORMS_SEPARATOR).map((f) => f.trim()).filter((f) => f.length > 0);
  if (given.length === 0) return { problem: "--forms names no submission type" };
  const forms: string[] = [];
  for (const spelling of given) {
    const name = ntTypeName(spelling);
    if (name !== null) {
      forms.push(name);
      continue;
    }
    const key = ntTypeKey(spelling);
    const meant = [...NT_TYPE_NAMES, ...NT_TYPE_NAMES.map((n) => `${n}/A`)].find((n) => ntTypeKey(n) === key);
    return {
      problem: meant
        ? `--forms: write ${meant}, as EDGAR spells it, not ${spelling}`
        : `--forms: ${spelling} is not a Form 12b-25 submission type; the types are ${NT_TYPE_NAMES.join(", ")} (each also with /A; case and blanks between words do not matter)`,
    };
  }
  return { forms };
}

/**
 * The forms a command's `--forms` selects: null when the option is not
 * given (every NT type); a refused value goes to `usage`, which exits.
 */
export function selectedForms(value: string | undefined, usage: (message: string) => never): string[] | null {
  if (value === undefined) return null;
  const option = parseFormsOption(value);
  return "forms" in option ? option.forms : usage(option.problem);
}
