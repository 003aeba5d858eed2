// The benchmark's stand-in parser: every filing gives the same fixed record
// (a real notice's, read from the JSON file named by BENCH_STUB_RECORD),
// with the filing's own path and a CIK from the digits of its name (5,000
// companies), so that reading, screening, the worker pool, history and the
// output are measured without parsing.
import { readFileSync } from "node:fs";

const file = process.env.BENCH_STUB_RECORD;
if (!file) throw new Error("BENCH_STUB_RECORD names no record file");
const fixed = JSON.parse(readFileSync(file, "utf8"));

/** `parseFiling`'s shape: a record for every input. */
export function stubParse(_input, options) {
  const path = options.path ?? "";
  const digits = /(\d+)\D*$/.exec(path)?.[1] ?? "0";
  const cik = String(9_000_000 + (Number(digits.slice(-9)) % 5_000)).padStart(10, "0");
  const record = { ...fixed, source: { ...fixed.source, path }, filing: { ...fixed.filing, cik } };
  return { kind: "record", record, messages: [] };
}
