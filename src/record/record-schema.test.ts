import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordSchemaText } from "./record-schema.js";

const SHIPPED = join(import.meta.dirname, "..", "..", "schema", "record.schema.json");

describe("schema/record.schema.json", () => {
  it("is the one generated from the record definition (UPDATE=1 rewrites it)", () => {
    if (process.env["UPDATE"] === "1") writeFileSync(SHIPPED, recordSchemaText());
    expect(readFileSync(SHIPPED, "utf8")).toBe(recordSchemaText());
  });
});
