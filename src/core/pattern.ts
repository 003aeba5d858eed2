import XRegExp from "xregexp";

/**
 * Compiles a named, commented pattern (XRegExp free-spacing syntax: white
 * space is ignored and `#` starts a comment) to a native RegExp with the `d`
 * flag, so every capture carries its offsets (`match.indices`).
 *
 * Every pattern of the project goes through here and lives as a named
 * constant in `src/patterns/`; none may nest unbounded quantifiers.
 */
export function pattern(source: string, flags = ""): RegExp {
  const compiled = XRegExp(source, "x");
  const names = (compiled as unknown as { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp
    ?.captureNames;
  const native = new Set([...flags, "d"]);
  return new RegExp(restoreNames(compiled.source, names ?? null), [...native].join(""));
}

/**
 * XRegExp turns `(?<name>…)` into a plain group and keeps the names aside;
 * put them back as native named groups so `match.groups` and
 * `match.indices.groups` work.
 */
function restoreNames(source: string, names: (string | null)[] | null): string {
  if (!names || names.every((n) => n === null)) return source;
  let out = "";
  let group = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    out += c;
    if (c === "\\") {
      out += source[i + 1] ?? "";
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(" && source[i + 1] !== "?") {
      const name = names[group++];
      if (name) out += `?<${name}>`;
    }
  }
  return out;
}

/**
 * Composes a pattern from named sub-patterns: `{{name}}` in `source` is
 * replaced by the (non-capturing) source of `parts[name]`.
 */
export function compose(source: string, parts: Record<string, RegExp | string>, flags = ""): RegExp {
  const expanded = source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`compose: unknown part ${name}`);
    // Strings are spliced in free-spacing form so their named groups survive;
    // a compiled RegExp is spliced as its native source.
    return `(?:${typeof part === "string" ? part : part.source})`;
  });
  return pattern(expanded, flags);
}
