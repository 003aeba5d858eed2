/* classify reads JSON Lines without a flag, and reads extract's own records. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { ROOT, jsonLines } from "../batch/batch-helpers.js";
import { IGENE, io } from "./cli-helpers.js";

type Coded = { id: string; reasons: string[] };

describe("classify input", () => {
  it("reads JSON Lines without --jsonl", async () => {
    const world = io(ROOT, JSON.stringify({ id: "n1", narrative: "The auditor requires additional time to complete the audit." }) + "\n");
    expect(await cli(["classify", "-"], world), world.err()).toBe(0);
    expect(jsonLines<Coded>(world.out())).toEqual([expect.objectContaining({ id: "n1", reasons: ["auditor"] })]);
  });

  it("codes extract's records: narrative from part3.narrative, id from source.path", async () => {
    const extracted = io(ROOT);
    expect(await cli(["extract", "--jobs", "1", IGENE, "fixtures/samples/Luke-Bradford_domo_nt10q.htm"], extracted)).toBe(0);
    const records = jsonLines<{ source: { path: string }; reasons: string[] }>(extracted.out());
    const world = io(ROOT, extracted.out());
    expect(await cli(["classify", "-"], world), world.err()).toBe(0);
    const coded = jsonLines<Coded>(world.out());
    expect(coded.map((c) => c.id)).toEqual(records.map((r) => r.source.path));
    // The same coder over the same fields gives what extract recorded.
    expect(coded.map((c) => c.reasons)).toEqual(records.map((r) => r.reasons));
    expect(readFileSync(IGENE).length).toBeGreaterThan(0);
  });
});
