import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The fixtures folder. */
export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

/**
 * Folders of fixtures/ that hold no filings: expected outputs, narrative sets,
 * archives (run on their own), EDGAR index data; and the hostile notice of
 * `inspect --html`'s tests, which is about the page, not the values.
 */
const NOT_INPUTS = new Set(["expected", "reasons", "gold", "archives", "edgar-index", "inspect"]);
/** Files beside the inputs that are not inputs: expected outputs, provenance lists, scripts. */
const NOT_INPUT_FILE = /\.(json|jsonl|tsv|sh)$|\.(expected|marks)\.txt$/;

/**
 * Every input file under `dir` (relative to fixtures/, "" for all of them),
 * sorted, symbolic links followed: real filings, excerpts, constructed
 * notices, HTML and envelope fixtures, non-notices.
 */
export function fixtureInputs(dir = ""): string[] {
  return readdirSync(join(FIXTURES, dir))
    .sort()
    .flatMap((name) => {
      const rel = dir === "" ? name : `${dir}/${name}`;
      if (statSync(join(FIXTURES, rel)).isDirectory()) return NOT_INPUTS.has(name) ? [] : fixtureInputs(rel);
      return NOT_INPUT_FILE.test(name) ? [] : [rel];
    });
}
