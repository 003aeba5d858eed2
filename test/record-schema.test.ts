import { join } from "node:path";
import { describe, it } from "vitest";
import { recordSchemaText } from "../src/record/record-schema.js";
import { expectGolden } from "./helpers/golden.js";

describe("schema/record.schema.json", () => {
  it("is the one generated from the record definition (UPDATE=1 rewrites it)", () => {
    expectGolden(join(import.meta.dirname, "..", "schema", "record.schema.json"), recordSchemaText());
  });
});
