import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../src/parse-filing.js";

/**
 * Golden fixtures: every input under fixtures/{samples,excerpts,other,constructed}
 * has its expected parse result under fixtures/expected/ at the same relative
 * path plus `.json`. `UPDATE=1 npx vitest run test/golden.test.ts` rewrites
 * them; review the diff before committing.
 */
const fixtures = join(import.meta.dirname, "..", "fixtures");
const DIRS = ["samples", "excerpts", "other", "constructed"];
const INPUT = /\.(txt|htm|html|nc)$/i;

function inputs(dir: string): string[] {
  const abs = join(fixtures, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => {
      const p = join(abs, name);
      return statSync(p).isDirectory() ? inputs(join(dir, name)) : INPUT.test(name) ? [join(dir, name)] : [];
    });
}

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "schema", "record.schema.json"), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe("golden fixtures", () => {
  for (const input of DIRS.flatMap(inputs)) {
    it(input, () => {
      const result = parseFiling(readFileSync(join(fixtures, input)), { path: input });
      const actual = result.kind === "record" ? { record: result.record } : { skip: result.skip };
      const expectedPath = join(fixtures, "expected", `${input}.json`);
      if (process.env.UPDATE === "1" || !existsSync(expectedPath)) {
        mkdirSync(dirname(expectedPath), { recursive: true });
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      }
      const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as unknown;
      expect(actual, `${relative(fixtures, expectedPath)} differs; UPDATE=1 regenerates`).toEqual(expected);
      if (result.kind === "record") {
        const ok = validate(result.record);
        expect(ok ? [] : validate.errors, "record matches schema/record.schema.json").toEqual([]);
      }
    });
  }
});
