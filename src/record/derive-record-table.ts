import { KindGuard, Type, type TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import type { ColumnType, RecordColumn } from "./record-columns.js";
import type { RecordTable } from "./record-table.js";
import { CSV_GROUP, ISO_DATE_PATTERN, RECORD } from "./types.js";

/** The record's groups that are not columns: evidence and warnings (the CSV counts the warnings). */
const NOT_COLUMNS = new Set(["evidence", "warnings"]);

/** The schema without its `| null`, and whether it had one. */
function unwrapNull(schema: TSchema): { inner: TSchema; nullable: boolean } {
  if (KindGuard.IsUnion(schema)) {
    const rest = schema.anyOf.filter((s) => !KindGuard.IsNull(s));
    if (rest.length === 1 && rest[0] && rest.length < schema.anyOf.length) return { inner: rest[0], nullable: true };
  }
  return { inner: schema, nullable: false };
}

/** The fixed string values of an `enum` schema, or null. */
function enumValues(schema: TSchema): string[] | null {
  const values: unknown = schema["enum"];
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : null;
}

/** The columns of the fields under `schema` (an object of fields, or one field) at `path`. */
function columnsOf(schema: TSchema, path: string): RecordColumn[] {
  const { inner, nullable } = unwrapNull(schema);
  if (KindGuard.IsObject(inner)) {
    return Object.entries(inner.properties).flatMap(([name, field]) =>
      path === "" && NOT_COLUMNS.has(name) ? [] : columnsOf(field, path === "" ? name : `${path}.${name}`),
    );
  }
  const groupOption: unknown = schema[CSV_GROUP];
  const group = typeof groupOption === "number" ? groupOption : 0;
  const column = (type: ColumnType, extra: Partial<RecordColumn> = {}): RecordColumn[] => [
    { path, type, nullable, values: null, fields: [], group, ...extra },
  ];
  if (KindGuard.IsArray(inner)) {
    const items = inner.items;
    if (KindGuard.IsObject(items)) return column("struct-list", { nullable: false, fields: columnsOf(items, "") });
    return column("list", { nullable: false, values: enumValues(items) });
  }
  if (KindGuard.IsBoolean(inner)) return column("boolean");
  if (KindGuard.IsInteger(inner)) return column("integer");
  if (KindGuard.IsNumber(inner)) return column("number");
  if (KindGuard.IsLiteral(inner)) return column(typeof inner.const === "number" ? "integer" : typeof inner.const === "boolean" ? "boolean" : "string");
  if (KindGuard.IsString(inner)) return column(inner.pattern === ISO_DATE_PATTERN ? "date" : "string");
  const values = enumValues(inner);
  if (values) return column("string", { values });
  throw new Error(`record definition: no column type for ${path}`);
}

/**
 * What run time needs of the record definition ({@link RECORD}), derived
 * through TypeBox: the "not given" values of the fields a reader fills
 * (every field after `schemaVersion` and `source`: the `default` of its
 * definition, null, [], false for `form.amendment`), the outcome group's,
 * and the record's fields as columns in CSV order (record order within each
 * CSV group, group 0 first; evidence and warnings are not columns).
 */
export function deriveRecordTable(): RecordTable {
  const columns = columnsOf(RECORD, "")
    .map((column, order) => ({ column, order }))
    .sort((a, b) => a.column.group - b.column.group || a.order - b.order)
    .map(({ column }) => column);
  const readFields = Value.Create(Type.Omit(RECORD, ["schemaVersion", "source"]));
  return {
    readFields,
    emptyRecord: (path, sha256, format) => ({ schemaVersion: 1, source: { path, sha256, format }, ...structuredClone(readFields) }),
    outcome: Value.Create(RECORD.properties.outcome),
    columns,
  };
}
