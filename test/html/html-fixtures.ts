/**
 * Shared helpers of the HTML front-end tests: the fixture list and a
 * readable summary of marks and messages with line:column positions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { HtmlTextResult } from "../../src/render/html-to-text.js";
import { LineIndex } from "../../src/core/line-index.js";
import { bodyOffset } from "../../src/core/body-offset.js";
import { derivedOffset } from "../../src/core/derived-offset.js";

/** fixtures/html as a path. */
export const HTML_FIXTURES = fileURLToPath(new URL("../../fixtures/html/", import.meta.url));

/** Constructed fixtures (`*.html` in fixtures/html) and real filings (`real/*.htm`), as paths relative to fixtures/html. */
export function htmlFixtureNames(): string[] {
  const constructed = readdirSync(HTML_FIXTURES).filter((f) => f.endsWith(".html"));
  const real = readdirSync(join(HTML_FIXTURES, "real"))
    .filter((f) => f.endsWith(".htm"))
    .map((f) => `real/${f}`);
  return [...constructed.sort(), ...real.sort()];
}

/** Reads a fixture as UTF-8 text. */
export function readFixture(name: string): string {
  return readFileSync(join(HTML_FIXTURES, name), "utf8");
}

/** One line per mark and per message: where it is in the text and in the HTML. */
export function summarize(html: string, result: HtmlTextResult): string {
  const source = new LineIndex(html, bodyOffset);
  const text = new LineIndex(result.derived.text, derivedOffset);
  const lines: string[] = ["# marks: text line:column, state, glyph as written, font, HTML line:column"];
  for (const m of result.marks) {
    const t = text.point(m.offset);
    const s = source.point(m.sourceOffset);
    lines.push(`${t.line}:${t.column} ${m.state} ${JSON.stringify(m.glyph)} font=${JSON.stringify(m.font)} html=${s.line}:${s.column}`);
  }
  lines.push("# messages: ruleId, HTML line:column");
  for (const m of result.messages) lines.push(`${m.ruleId} html=${m.line}:${m.column}`);
  return lines.join("\n") + "\n";
}
