import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { cli, type CliIo } from "../../src/cli/cli.js";
import { classifyJsonl } from "../../src/reasons/classify-jsonl.js";

interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

function memoryIo(stdin: string | string[] = ""): MemoryIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from(Array.isArray(stdin) ? stdin : [stdin]),
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

const lines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { id: string; reasons: string[]; evidence: Record<string, unknown[]> });

describe("edgar-nt classify --jsonl", () => {
  it("codes standard input line by line, in order, with evidence", async () => {
    const io = memoryIo([
      '{"id":"a","narrative":"The auditors need more time to complete the audit."}\n{"id":"b","nar',
      'rative":"Additional time is needed."}\n\n{"id":3,"narrative":null}\n',
    ]);
    const code = await cli(["classify", "--jsonl", "-"], io);
    expect(code).toBe(0);
    expect(io.err()).toBe("");
    const out = lines(io.out());
    expect(out.map((o) => [o.id, o.reasons])).toEqual([
      ["a", ["auditor"]],
      ["b", ["no-reason"]],
      [3, []],
    ]);
    const narrative = "The auditors need more time to complete the audit.";
    const [hit] = out[0]!.evidence["reasons.auditor"] as Array<{ field: string; start: number; end: number; text: string }>;
    expect(hit!.field).toBe("narrative");
    expect(narrative.slice(hit!.start, hit!.end)).toBe(hit!.text);
    expect(out[2]!.evidence).toEqual({});
  });

  it("gives each piece of evidence its role, and the mentions set aside for a category not given", async () => {
    const io = memoryIo(
      `${JSON.stringify({ id: "r", narrative: "The auditors need more time. There have been no changes in the Company's management." })}\n`,
    );
    expect(await cli(["classify", "--jsonl", "-"], io)).toBe(0);
    const [o] = lines(io.out()) as Array<{ reasons: string[]; evidence: Record<string, Array<{ role: string; text: string }>> }>;
    expect(o!.reasons).toEqual(["auditor"]);
    expect(o!.evidence["reasons.auditor"]!.every((e) => e.role === "cause")).toBe(true);
    expect(o!.evidence["reasons.management"]!.map((e) => e.role)).toEqual(["negated"]);
  });

  it("reads changeExplanation and auditorLetter", async () => {
    const io = memoryIo(
      `${JSON.stringify({ id: "x", narrative: null, auditorLetter: "We have not completed our audit." })}\n`,
    );
    expect(await cli(["classify", "--jsonl", "-"], io)).toBe(0);
    const [o] = lines(io.out());
    expect(o!.reasons).toEqual(["auditor"]);
    expect(Object.keys(o!.evidence)).toEqual(["reasons.auditor"]);
  });

  it("reports a bad line by number, goes on, and exits 1", async () => {
    const io = memoryIo(
      [
        '{"id":"ok1","narrative":"More time is needed."}',
        "not json",
        '{"narrative":"no id"}',
        '{"id":"n","narrative":42}',
        '["array"]',
        '{"id":"no-narrative"}',
        '{"id":"ok2","narrative":"The CFO resigned."}',
      ].join("\n"),
    );
    expect(await cli(["classify", "--jsonl", "-"], io)).toBe(1);
    expect(lines(io.out()).map((o) => o.id)).toEqual(["ok1", "ok2"]);
    const errors = io.err().trim().split("\n");
    expect(errors).toHaveLength(5);
    expect(errors.map((e) => e.match(/line (\d+): (\S+):/)?.slice(1))).toEqual([
      ["2", "reason-input-invalid"],
      ["3", "reason-input-invalid"],
      ["4", "reason-input-invalid"],
      ["5", "reason-input-invalid"],
      ["6", "reason-input-invalid"],
    ]);
  });

  it("reads a file relative to the working directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "edgar-nt-classify-"));
    writeFileSync(join(dir, "in.jsonl"), '\uFEFF{"id":"f","narrative":"Hurricane damage closed the office."}\r\n');
    const io = { ...memoryIo(), cwd: dir };
    let out = "";
    io.stdout = { write: (s: string) => (out += s) };
    expect(await cli(["classify", "--jsonl", "in.jsonl"], io)).toBe(0);
    expect(lines(out).map((o) => o.reasons)).toEqual([["external-event"]]);
  });

  it("fails on a missing file (1)", async () => {
    const io = memoryIo();
    expect(await cli(["classify", "--jsonl", "fixtures/reasons/no-such-file.jsonl"], io)).toBe(1);
    expect(io.err()).toContain("cannot read fixtures/reasons/no-such-file.jsonl");
  });

  it("streams: the first line is written before the input ends", async () => {
    const input = new Readable({ read() {} });
    let out = "";
    const run = classifyJsonl(input, { write: (s: string) => (out += s) }, { write: () => true });
    input.push('{"id":"early","narrative":"More time is needed."}\n');
    await new Promise((r) => setTimeout(r, 20));
    expect(out).toContain('"early"');
    input.push(null);
    expect(await run).toEqual({ lines: 1, written: 1, failed: 0 });
  });
});
