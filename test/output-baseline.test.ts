import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../src/cli/cli.js";
import { createRecordWriter, parseFiling, type NtRecord } from "../src/index.js";
import { expectGolden } from "./helpers/golden.js";
import { FIXTURES, fixtureInputs } from "./helpers/fixture-inputs.js";

/**
 * The outputs of every fixture, byte for byte: each input under fixtures/
 * (real filings, excerpts, constructed notices, HTML and envelope fixtures,
 * non-notices) through `parseFiling` and the JSON Lines and CSV writers, and
 * the archives of fixtures/batch through `extract`. A change to the inside
 * leaves these files as they are; a change that means to alter an output
 * rewrites them with `UPDATE=1 npx vitest run test/output-baseline.test.ts`
 * and names the difference in its commit (test/helpers/golden.ts).
 */
const BASELINE = join(FIXTURES, "expected", "outputs");

function compare(name: string, actual: string): void {
  expectGolden(join(BASELINE, name), actual);
}

describe("outputs of every fixture are unchanged", () => {
  const files = fixtureInputs();
  const records: NtRecord[] = [];
  let jsonl = "";
  for (const file of files) {
    const result = parseFiling(readFileSync(join(FIXTURES, file)), { path: file });
    if (result.kind === "record") {
      records.push(result.record);
      jsonl += createRecordWriter("jsonl").record(result.record, 0);
    } else {
      jsonl += JSON.stringify({ path: file, skip: result.skip }) + "\n";
    }
  }

  it(`JSON Lines of ${files.length} inputs`, () => compare("records.jsonl", jsonl));

  it("CSV of their records", () => {
    const writer = createRecordWriter("csv");
    compare("records.csv", writer.header() + records.map((r, i) => writer.record(r, i)).join("") + writer.footer(records.length));
  });

  const temp = mkdtempSync(join(tmpdir(), "edgar-nt-baseline-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("extract over the archives of fixtures/batch", async () => {
    let stdout = "";
    const errors = join(temp, "errors.jsonl");
    const io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      stdin: new PassThrough(),
      cwd: FIXTURES,
    };
    const code = await cli(["extract", "--jobs", "1", "--format", "jsonl", "--errors", errors, "batch/archives"], io);
    expect(code).toBe(0);
    compare("archives.jsonl", stdout);
    compare("archives-errors.jsonl", readFileSync(errors, "utf8"));
  });
});
