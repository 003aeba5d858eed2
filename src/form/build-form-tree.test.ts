import { describe, expect, it } from "vitest";
import { buildFormTree } from "./build-form-tree.js";

const NOTICE = [
  "FORM 12b-25",
  "PART I -- REGISTRANT INFORMATION",
  "Full Name of Registrant: ACME Corp.",
  "PART II -- RULES 12b-25(b) AND (c)",
  "[X] (a) The reasons ...",
].join("\r\n");

describe("buildFormTree", () => {
  const root = buildFormTree(NOTICE);

  it("has one section per part in form order, a part not shown without lines, position or anchor", () => {
    expect(root.children.map((s) => s.name)).toEqual(["cover", "part1", "part2", "part3", "part4", "signature", "trailer"]);
    const part3 = root.children[3];
    expect(part3?.children).toEqual([]);
    expect(part3?.position).toBeUndefined();
    expect(part3?.anchor).toBeNull();
  });

  it("gives every line its 1-based line and column and offsets in the text", () => {
    const line = root.children[1]?.children[1];
    expect(line?.value).toBe("Full Name of Registrant: ACME Corp.");
    expect(line?.position).toEqual({
      start: { line: 3, column: 1, offset: NOTICE.indexOf("Full") },
      end: { line: 3, column: "Full Name of Registrant: ACME Corp.".length + 1, offset: NOTICE.indexOf("Corp.") + 5 },
    });
  });

  it("spans a section from its first line's start to its last line's end, the root over the whole text", () => {
    const part2 = root.children[2];
    expect(part2?.position?.start).toEqual({ line: 4, column: 1, offset: NOTICE.indexOf("PART II") });
    expect(part2?.position?.end.offset).toBe(NOTICE.length);
    expect(root.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 5, column: "[X] (a) The reasons ...".length + 1, offset: NOTICE.length } });
  });
});
