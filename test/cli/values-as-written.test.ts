/* Values keep a sign written against them (=, +, -, @): formula safety is the CSV writer's alone. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFiling } from "../../src/parse-filing.js";
import { cleanValue } from "../../src/fields/clean-text.js";
import { DOMO, IGENE } from "./cli-helpers.js";

describe("values as written", () => {
  it.each([
    ["=1+1", "=1+1"],
    ["-5", "-5"],
    [": -ACME", "-ACME"],
    ["- ACME", "ACME"],
    ["____ ACME ____", "ACME"],
    ["---ACME", "ACME"],
    ["@SUM(1)", "@SUM(1)"],
    ["+SUM(1)", "+SUM(1)"],
  ])("cleanValue(%j) is %j", (raw, value) => {
    expect(cleanValue(raw)).toBe(value);
  });

  it.each([
    ["an HTML notice", DOMO, "Domo, Inc."],
    ["a plain-text notice", IGENE, "IGENE Biotechnology, Inc."],
  ])("keeps a leading = and - of the registrant's name in %s", (_kind, file, name) => {
    for (const sign of ["=", "-"]) {
      const text = readFileSync(file, "utf8").replaceAll(name, `${sign}${name}`);
      const result = parseFiling(text, { path: file });
      expect(result.kind).toBe("record");
      if (result.kind !== "record") continue;
      expect(result.record.registrant.name, sign).toBe(`${sign}${name}`);
      const evidence = result.record.evidence["registrant.name"];
      expect(Array.isArray(evidence) ? evidence[0]?.text : evidence?.text, sign).toBe(`${sign}${name}`);
    }
  });
});
