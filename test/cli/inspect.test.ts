/* inspect reads what extract reads, shows long texts whole, fits the terminal, colours it, and points warnings at FILE:LINE:COLUMN. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { parseFiling } from "../../src/parse-filing.js";
import { ROOT } from "../batch/batch-helpers.js";
import { DOMO, IGENE, io } from "./cli-helpers.js";

const ARCHIVES = "fixtures/batch/archives";
const ESC = "\x1b[";

describe("inspect reads what extract reads", () => {
  it.each([
    [`${ARCHIVES}/igene-nt10k-1998.txt.gz`],
    [`${ARCHIVES}/feed.tar!feed/igene-nt10k-1998.txt`],
    [`${ARCHIVES}/feed.tar.gz!feed/igene-nt10k-1998.txt`],
    [`${ARCHIVES}/feed.zip!feed/igene-nt10k-1998.txt`],
    ["fixtures/batch/real/0001213900-26-083374.htm"],
  ])("%s", async (path) => {
    const world = io(ROOT);
    expect(await cli(["inspect", path], world), world.err()).toBe(0);
    expect(world.out().split("\n")[0]).toContain(path);
    expect(world.out()).toContain("registrant.name");
    expect(world.out()).not.toContain("skipped");
  });

  it("shows each reason given with the role of the sentence behind it", async () => {
    const world = io(ROOT);
    expect(await cli(["inspect", "fixtures/batch/real/0001213900-26-083374.htm"], world), world.err()).toBe(0);
    expect(world.out()).toMatch(/^ +auditor \(cause\): line \d+:\d+ +"/m);
  });

  it("reads standard input for -", async () => {
    const world = io(ROOT, readFileSync(IGENE));
    expect(await cli(["inspect", "-"], world), world.err()).toBe(0);
    expect(world.out()).toContain("IGENE");
  });

  it("names an entry to give when the path is a whole archive, and a missing entry as unreadable", async () => {
    const whole = io(ROOT);
    expect(await cli(["inspect", `${ARCHIVES}/feed.tar`], whole)).toBe(2);
    expect(whole.err()).toContain(`${ARCHIVES}/feed.tar!feed/`);
    const missing = io(ROOT);
    expect(await cli(["inspect", `${ARCHIVES}/feed.zip!feed/none.txt`], missing)).toBe(1);
    expect(missing.err()).toContain("holds no entry feed/none.txt");
  });
});

describe("inspect's text", () => {
  const parsed = parseFiling(readFileSync(DOMO), { path: "x" });
  const narrative = parsed.kind === "record" ? (parsed.record.part3.narrative ?? "") : "";

  it("prints the whole narrative, wrapped at blanks to the terminal's width", async () => {
    const world = io(ROOT, "", { tty: true, columns: 72, env: { NO_COLOR: "1" } });
    expect(await cli(["inspect", DOMO], world)).toBe(0);
    const lines = world.out().split("\n");
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(72);
    const start = lines.findIndex((l) => l.trim() === "part3.narrative");
    const body = lines.slice(start + 1).filter((l) => l.startsWith("    ")).map((l) => l.trim());
    const text = body.slice(0, body.findIndex((l) => l.startsWith("\u2190"))).join(" ");
    expect(narrative.length).toBeGreaterThan(200);
    expect(text).toBe(narrative.replace(/\s+/g, " "));
  });

  it("colours a terminal, not a pipe, and honours NO_COLOR and FORCE_COLOR", async () => {
    const cases: [boolean, Record<string, string>, boolean][] = [
      [true, {}, true],
      [true, { NO_COLOR: "1" }, false],
      [false, {}, false],
      [false, { FORCE_COLOR: "1" }, true],
      [true, { FORCE_COLOR: "0" }, false],
    ];
    for (const [tty, env, coloured] of cases) {
      const world = io(ROOT, "", { tty, columns: 100, env });
      await cli(["inspect", DOMO], world);
      expect(world.out().includes(ESC), JSON.stringify({ tty, env })).toBe(coloured);
    }
  });

  it("prints warnings as FILE:LINE:COLUMN ruleId message", async () => {
    const world = io(ROOT);
    expect(await cli(["inspect", IGENE], world)).toBe(0);
    const parsed = parseFiling(readFileSync(IGENE), { path: IGENE });
    const warnings = parsed.kind === "record" ? parsed.record.warnings : [];
    const positioned = warnings.filter((w) => w.line !== null);
    expect(positioned.length).toBeGreaterThan(0);
    for (const w of positioned) expect(world.out()).toContain(`${IGENE}:${w.line}:${w.column} ${w.ruleId} ${w.message}`);
  });
});
