/**
 * Spreadsheet formula protection (SPEC.md "CSV"): a cell that begins with
 * `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'` so that no
 * spreadsheet evaluates it.
 */
export function protectCell(value: string): string {
  const c = value.charCodeAt(0);
  // = + - @ \t \r
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) return "'" + value;
  return value;
}
