/* inspect reads what extract reads, shows long texts whole, fits the terminal, colours it, and points warnings at FILE:LINE:COLUMN. */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { parseFiling } from "../../src/parse-filing.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";
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

describe("inspect --html", () => {
  const HOSTILE = join(ROOT, "fixtures/inspect/hostile-notice.txt");

  it("writes one self-contained page to standard output, or to the file -o names", async () => {
    const world = io(ROOT);
    expect(await cli(["inspect", "--html", DOMO], world), world.err()).toBe(0);
    const page = world.out();
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    // Nothing to load: no src or href attributes, no url() in the style.
    expect(page).not.toMatch(/\s(src|href)=|url\(/);
    const dir = tempDir();
    const toFile = io(dir);
    expect(await cli(["inspect", "--html", "-o", "page.html", DOMO], toFile), toFile.err()).toBe(0);
    expect(toFile.out()).toBe("");
    expect(readFileSync(join(dir, "page.html"), "utf8")).toBe(page);
  });

  it("allows its own style and script by their hashes, and nothing else", async () => {
    const world = io(ROOT);
    expect(await cli(["inspect", "--html", HOSTILE], world), world.err()).toBe(0);
    const page = world.out();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? "";
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    expect(policy.replaceAll("&#39;", "'")).toContain(`default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}`);
    expect(page.match(/<script/g)).toHaveLength(1);
    // The filing's markup is text: escaped wherever it is shown.
    expect(page).not.toContain("<img");
    expect(page).not.toContain("onerror=\"");
    expect(page).toContain("&#60;img src=x onerror=&#34;window.__pwned=&#39;value&#39;&#34;&#62; Hostile &#38; Co");
  });

  it("refuses --json with --html, and an output file that is the input", async () => {
    const both = io(ROOT);
    expect(await cli(["inspect", "--html", "--json", DOMO], both)).toBe(2);
    const dir = tempDir();
    writeFileSync(join(dir, "in.htm"), readFileSync(DOMO));
    const same = io(dir);
    expect(await cli(["inspect", "--html", "-o", "in.htm", "in.htm"], same)).toBe(2);
    expect(same.err()).toContain("is the input");
    expect(readFileSync(join(dir, "in.htm"))).toEqual(readFileSync(DOMO));
  });
});
