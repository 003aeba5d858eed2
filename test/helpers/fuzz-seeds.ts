import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The project's fixtures folder (tests and benchmarks run from the project root or find it from here). */
export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

/** One real input used to seed the property tests and the adversarial benchmark. */
export interface Seed {
  /** Path relative to `fixtures/`. */
  name: string;
  bytes: Buffer;
  /** Whether the seed is a real Form 12b-25 notice (samples and excerpts) or something else (`other/`). */
  notice: boolean;
}

function readFolder(folder: string, notice: boolean, keep: (name: string) => boolean): Seed[] {
  return readdirSync(join(FIXTURES, folder))
    .filter(keep)
    .sort()
    .map((name) => ({ name: `${folder}/${name}`, bytes: readFileSync(join(FIXTURES, folder, name)), notice }));
}

/**
 * Every real input of the repository: the five samples
 * (fixtures/samples: one 1998 plain-text notice, four HTML notices), the
 * 1990s excerpts (fixtures/excerpts) and the three real non-notices
 * (fixtures/other: a 24F-2NT, a Form 4, a `.nc` Form D).
 */
export function realSeeds(): Seed[] {
  return [
    ...readFolder("samples", true, (n) => !n.startsWith(".")),
    ...readFolder("excerpts", true, (n) => n.endsWith(".txt")),
    ...readFolder("other", false, (n) => !n.startsWith(".")),
  ];
}

/** One real sample as text (`igene-nt10k-1998.txt`, `0001213900-26-083374.htm` …). */
export function sampleText(name: string): string {
  return readFileSync(join(FIXTURES, "samples", name), "utf8");
}

/** The 1998 plain-text notice without envelope (fixtures/samples/igene-nt10k-1998.txt). */
export const TEXT_SAMPLE = "igene-nt10k-1998.txt";

/** A 2026 HTML notice in a `<DOCUMENT>` envelope (fixtures/samples/0001213900-26-083374.htm). */
export const HTML_SAMPLE = "0001213900-26-083374.htm";
