import { CSV_GROUP, RECORD } from "./types.js";

/**
 * The text of `schema/record.schema.json`: the record definition as a JSON
 * Schema (draft 2020-12), without the options that only the writers read.
 */
export function recordSchemaText(): string {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://edgar-nt.invalid/record.schema.json",
    ...RECORD,
  };
  return `${JSON.stringify(schema, (key, value: unknown) => (key === CSV_GROUP ? undefined : value), 2)}\n`;
}
