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
    expect(shell.slice(0, 2)).toEqual(["npm install --silent && npm start --silent", "npm test"]);
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

  const examples = shell.filter((s) => s.startsWith("npx edgar-nt "));
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
