import { describe, expect, it } from "vitest";
import { RECORD_COLUMNS } from "./record-columns.js";

const typeOf = (path: string) => RECORD_COLUMNS.find((c) => c.path === path);

describe("RECORD_COLUMNS", () => {
  it("types each column from the definition", () => {
    expect(typeOf("schemaVersion")).toMatchObject({ type: "integer", nullable: false });
    expect(typeOf("form.periodEnded")).toMatchObject({ type: "date", nullable: true });
    expect(typeOf("form.amendment")).toMatchObject({ type: "boolean", nullable: false });
    expect(typeOf("part2.reliefClaimed")).toMatchObject({ type: "boolean", nullable: true });
    expect(typeOf("history.priorNotices")).toMatchObject({ type: "integer", nullable: true });
    expect(typeOf("form.reportTypes")).toMatchObject({ type: "list", nullable: false });
    expect(typeOf("form.reportTypes")?.values).toContain("10-K");
    expect(typeOf("part4.changeDirection")).toMatchObject({ type: "string", values: ["better", "worse", "mixed"] });
    expect(typeOf("auditorLetter.date")).toMatchObject({ type: "date", nullable: true });
    const figures = typeOf("part4.changeFigures");
    expect(figures?.type).toBe("struct-list");
    expect(figures?.fields.map((f) => [f.path, f.type, f.nullable])).toEqual([
      ["metric", "string", false],
      ["period", "string", true],
      ["amount", "number", false],
    ]);
  });

  it("leaves out evidence and warnings, and puts later groups at the end", () => {
    expect(RECORD_COLUMNS.some((c) => c.path.startsWith("evidence") || c.path.startsWith("warnings"))).toBe(false);
    const groups = RECORD_COLUMNS.map((c) => c.group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(RECORD_COLUMNS.at(-1)?.path).toBe("outcome.daysAfterDue");
    expect(RECORD_COLUMNS.filter((c) => c.group === 2).map((c) => c.path)[0]).toBe("history.priorNotices12m");
  });
});
