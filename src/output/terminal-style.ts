/** How `inspect` styles its text: ANSI colours on a terminal, plain text elsewhere. */
export interface TerminalStyle {
  title(text: string): string;
  field(text: string): string;
  dim(text: string): string;
  warning(text: string): string;
  value(text: string): string;
}

const code = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

/** ANSI styles: bold titles, cyan field paths, dim locations and nulls, yellow ruleIds, green values. */
export const COLOR_STYLE: TerminalStyle = {
  title: code(1, 22),
  field: code(36, 39),
  dim: code(2, 22),
  warning: code(33, 39),
  value: code(32, 39),
};

/** No styling. */
export const PLAIN_STYLE: TerminalStyle = {
  title: (t) => t,
  field: (t) => t,
  dim: (t) => t,
  warning: (t) => t,
  value: (t) => t,
};

/**
 * Whether to colour output, by the conventions of command-line tools:
 * `FORCE_COLOR` (any value but `0` or `false`) forces it; `NO_COLOR` (any
 * non-empty value, no-color.org) turns it off; otherwise colour when the
 * output is a terminal.
 */
export function wantsColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  return isTTY;
}
