/** Library API of edgar-nt. */
export { parseFiling } from "./parse-filing.js";
export type { ParseOptions, ParseResult, ParseMessage, Skip } from "./parse-filing-types.js";
export type * from "./record/types.js";
export { createRecordWriter, type OutputFormat, type RecordWriter } from "./output/record-writer.js";
export { rules, type RuleId } from "./rules/index.js";
