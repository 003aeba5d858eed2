import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Code, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/cli.js";
import type { CliIo } from "../src/cli/cli-io.js";
import { NOTICES, edgarTree } from "./fetch/edgar-tree.js";
import { startStandIn } from "./fetch/edgar-stand-in.js";

/**
 * The README's commands are run as written: its code blocks are read with
 * unified + remark-parse, the quick start must be exactly two commands, and
 * every `npx edgar-nt …` example runs through the CLI in a scratch folder that
 * sees the repository's fixtures.
 */
const repo = join(import.meta.dirname, "..");
const readme = readFileSync(join(repo, "README.md"), "utf8");
const tree = unified().use(remarkParse).parse(readme) as Root;
const blocks = tree.children.filter((n): n is Code => n.type === "code");
const shell = blocks.filter((b) => b.lang === "sh").map((b) => b.value.trim());

/** The `sh` blocks of the level-2 section whose title begins with `title`. */
function sectionShell(title: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) inside = node.depth === 2 && toText(node).startsWith(title);
    else if (inside && node.type === "code" && node.lang === "sh") out.push(node.value.trim());
  }
  return out;
}

/** A node's text. */
function toText(node: object): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node && Array.isArray(node.children) ? node.children.map((c: object) => toText(c)).join("") : "";
}

/** A one-line shell command's words (double quotes group). */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** The researcher's three steps, first section of the README: fetch, extract, link. */
const steps = sectionShell("From EDGAR");

function memoryIo(cwd: string, stdin = ""): CliIo & { out(): string; err(): string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: Readable.from([stdin]),
    cwd,
    out: () => out,
    err: () => err,
  };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "edgar-nt-readme-"));
  symlinkSync(join(repo, "fixtures"), join(dir, "fixtures"));
  writeFileSync(
    join(dir, "narratives.jsonl"),
    JSON.stringify({ id: "n1", narrative: "The Company's independent auditor requires additional time to complete its audit." }) + "\n",
  );
  return dir;
}

describe("README", () => {
  it("has a quick start of exactly two commands", () => {
    expect(sectionShell("Quick start")).toEqual(["npm install --silent && npm start --silent", "npm test"]);
  });

  it("opens with the researcher's three steps, one command each: fetch, extract, link, each reading what the one before wrote", () => {
    const first = tree.children.find((n) => n.type === "heading" && n.depth === 2);
    expect(first && toText(first)).toMatch(/^From EDGAR/);
    expect(steps).toHaveLength(3);
    for (const step of steps) expect(step.split("\n")).toHaveLength(1);
    const [fetch, extract, link] = steps.map(words);
    expect([fetch?.[2], extract?.[2], link?.[2]]).toEqual(["fetch", "extract", "link"]);
    const optionOf = (argv: string[] | undefined, name: string): string | undefined => argv?.[(argv?.indexOf(name) ?? -2) + 1];
    const dir = optionOf(fetch, "--out");
    expect(optionOf(fetch, "--user-agent")).toMatch(/@/);
    expect(extract?.at(-1)).toBe(dir);
    expect(optionOf(link, "--index")).toBe(`${dir}/index`);
    expect(link?.at(-1)).toBe(optionOf(extract, "--out"));
    expect(readme).toMatch(/10 requests a second/);
  });

  it("runs its fetch, extract and link steps as written against a local EDGAR stand-in", async () => {
    const server = await startStandIn(edgarTree());
    try {
      const dir = mkdtempSync(join(tmpdir(), "edgar-nt-readme-"));
      const [fetch, extract, link] = steps.map((step) => words(step).slice(2));
      const fetched = memoryIo(dir);
      const code = await cli([...(fetch ?? []), "--base-url", server.url, "--data-url", server.url], fetched);
      expect(code, fetched.err()).toBe(0);
      const extracted = memoryIo(dir);
      expect(await cli(extract ?? [], extracted), extracted.err()).toBe(0);
      const out = extract?.[extract.indexOf("--out") + 1] ?? "";
      expect(readFileSync(join(dir, out), "utf8").trim().split("\n")).toHaveLength(NOTICES.length);
      expect(extracted.err()).toMatch(/1 skipped, 0 failed/);
      const linked = memoryIo(dir);
      expect(await cli(link ?? [], linked), linked.err()).toBe(0);
      const lines = linked.out().trim().split("\n").map((l) => JSON.parse(l) as { outcome?: unknown });
      expect(lines).toHaveLength(NOTICES.length);
      for (const line of lines) expect(line.outcome).toBeTypeOf("object");
    } finally {
      await server.close();
    }
  });

  it("npm start extracts the bundled samples as CSV", async () => {
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const args = (pkg.scripts.start as string).replace(/^node bin\/edgar-nt\.js /, "").split(/\s+/);
    expect(args.slice(0, 3)).toEqual(["extract", "--format", "csv"]);
    const io = memoryIo(repo);
    const code = await cli(args, io);
    expect(code, io.err()).toBe(0);
    const lines = io.out().trim().split("\n");
    expect(lines[0]).toMatch(/^schema_version,source_path,/);
    expect(io.out()).toContain("IGENE Biotechnology");
    expect(io.out()).toContain("QUANTUM CORPORATION");
  });

  // The three steps reach EDGAR, so they are run above, against the stand-in.
  const examples = shell.filter((s) => s.startsWith("npx edgar-nt ") && !steps.includes(s));
  it("shows the CLI examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  for (const example of examples) {
    it(`runs: ${example}`, async () => {
      const dir = scratch();
      const io = memoryIo(dir);
      const code = await cli(example.replace(/^npx edgar-nt /, "").split(/\s+/), io);
      expect(code, io.err()).toBe(0);
      const out = io.out() + (example.includes("--out ") ? readFileSync(join(dir, example.split("--out ")[1]?.split(" ")[0] as string), "utf8") : "");
      expect(out.length).toBeGreaterThan(0);
    });
  }
});
